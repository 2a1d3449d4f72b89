package io.smm.harness.search;

import java.util.List;

import org.springframework.stereotype.Component;

import com.salesmanager.core.model.merchant.MerchantStore;
import com.salesmanager.core.model.reference.language.Language;
import com.salesmanager.shop.model.catalog.SearchProductRequest;
import com.salesmanager.shop.model.entity.ValueList;

/**
 * Bean {@code searchFacade}, the host's seam behind {@code POST /api/v1/search} and
 * {@code /search/autocomplete}: answers come from the search module's index, never from the database.
 */
@Component("searchFacade")
public class StandInSearchFacade {

    private static final int AUTOCOMPLETE_ENTRIES_COUNT = 15;

    private final StandInSearchModule searchModule;

    public StandInSearchFacade(StandInSearchModule searchModule) {
        this.searchModule = searchModule;
    }

    public List<StandInSearchItem> search(MerchantStore store, Language language, SearchProductRequest request) {
        return searchModule.search(store, language.getCode(), request.getQuery(), request.getStart(),
                request.getCount());
    }

    public ValueList autocompleteRequest(String word, MerchantStore store, Language language) {
        ValueList values = new ValueList();
        values.setValues(searchModule.keywords(store, language.getCode(), word, AUTOCOMPLETE_ENTRIES_COUNT));
        return values;
    }
}
