package io.smm.membership.pricing;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.transaction.annotation.Transactional;

import io.smm.membership.groups.GroupService;

/** The prices an order's lines were charged, and the rule and group behind each, kept with the order. */
public class OrderLinePriceService {

    static final String EVERY_MEMBER = "*";

    private final OrderLinePriceRepository lines;
    private final GroupService groups;
    private final Clock clock;

    OrderLinePriceService(OrderLinePriceRepository lines, GroupService groups, Clock clock) {
        this.lines = lines;
        this.groups = groups;
        this.clock = clock;
    }

    /** Joins the order's transaction: called while the host places the order. */
    @Transactional
    public void record(String storeCode, long orderId, ShopperGroups shopper, List<PricedLine> priced) {
        Map<Long, String> codes = groups.codesById(storeCode);
        for (PricedLine line : priced) {
            String groupCodes = line.quote.appliedRule().map(rule -> rule.allMembers() ? EVERY_MEMBER
                    : rule.groupIds().stream().filter(shopper.groupIds::contains).map(codes::get).sorted()
                            .collect(Collectors.joining(","))).orElse(null);
            lines.save(new OrderLinePrice(storeCode, orderId, line, groupCodes, clock.instant()));
        }
    }

    @Transactional(readOnly = true)
    public List<OrderLinePrice> linesOf(String storeCode, long orderId) {
        return lines.findByStoreCodeAndOrderIdOrderByIdAsc(storeCode, orderId);
    }
}
