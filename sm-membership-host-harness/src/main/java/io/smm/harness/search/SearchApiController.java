package io.smm.harness.search;

import java.util.List;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.salesmanager.core.model.merchant.MerchantStore;
import com.salesmanager.core.model.reference.language.Language;
import com.salesmanager.shop.model.catalog.SearchProductRequest;
import com.salesmanager.shop.model.entity.ValueList;

/** The host's {@code SearchApi}: body {@code {"query": "...", "start": 0, "count": 20}}. */
@RestController
@RequestMapping("/api/v1")
class SearchApiController {

    private final StandInSearchFacade searchFacade;

    SearchApiController(StandInSearchFacade searchFacade) {
        this.searchFacade = searchFacade;
    }

    @PostMapping("/search")
    public List<StandInSearchItem> search(@RequestBody SearchProductRequest request, MerchantStore store,
            Language language) {
        return searchFacade.search(store, language, request);
    }

    @PostMapping("/search/autocomplete")
    public ValueList autocomplete(@RequestBody SearchProductRequest request, MerchantStore store,
            Language language) {
        return searchFacade.autocompleteRequest(request.getQuery(), store, language);
    }
}
