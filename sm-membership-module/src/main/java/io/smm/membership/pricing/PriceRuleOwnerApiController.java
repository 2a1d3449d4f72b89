package io.smm.membership.pricing;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.smm.membership.groups.GroupService;
import io.smm.membership.identity.CurrentOwner;
import io.smm.membership.web.MembershipApi;

/** The owner's member price rules, under the host's admin JWT chain. */
@RestController
@MembershipApi
@RequestMapping("/api/v1/private/membership/price-rules")
class PriceRuleOwnerApiController {

    private final CurrentOwner owner;
    private final PriceRuleService rules;
    private final GroupService groups;

    PriceRuleOwnerApiController(CurrentOwner owner, PriceRuleService rules, GroupService groups) {
        this.owner = owner;
        this.rules = rules;
        this.groups = groups;
    }

    @GetMapping
    List<PriceRuleView> list() {
        String store = owner.get().storeCode();
        Map<Long, String> codes = groups.codesById(store);
        return rules.list(store).stream().map(rule -> view(rule, codes)).collect(Collectors.toList());
    }

    @GetMapping("/{id}")
    PriceRuleView get(@PathVariable long id) {
        String store = owner.get().storeCode();
        return view(rules.get(store, id), groups.codesById(store));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    PriceRuleView create(@RequestBody PriceRuleDraft draft) {
        String store = owner.get().storeCode();
        return view(rules.create(store, draft), groups.codesById(store));
    }

    @PutMapping("/{id}")
    PriceRuleView update(@PathVariable long id, @RequestBody PriceRuleDraft draft) {
        String store = owner.get().storeCode();
        return view(rules.update(store, id, draft), groups.codesById(store));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable long id) {
        rules.delete(owner.get().storeCode(), id);
    }


    private static PriceRuleView view(PriceRule rule, Map<Long, String> codes) {
        return PriceRuleView.of(rule, codes);
    }
}
