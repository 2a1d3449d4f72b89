package io.smm.membership.host.access;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.aspectj.lang.ProceedingJoinPoint;
import org.aspectj.lang.annotation.Around;
import org.aspectj.lang.annotation.Aspect;

import com.salesmanager.shop.model.catalog.category.ReadableCategory;
import com.salesmanager.shop.model.catalog.category.ReadableCategoryList;

import io.smm.membership.access.AccessView;

/**
 * Category restriction on the host's category answers and the manufacturers of a category
 * (docs/host-seams.md#category-restriction-other-paths): a category the shopper may not browse, with the tree below
 * it, is left out of the tree and of a product's categories; asked for by id, friendly URL, for its variants or its
 * manufacturers, it is answered as the host answers a category it does not have, and a product the shopper may not
 * browse has no categories, as an unknown one.
 */
@Aspect
public class CategoryAccessAdvice {

    private static final String FEATURED = "featured";

    private final ShopperAccess access;
    private final ProductCategories categories;
    private final UnlistedProductsSession unlisted;

    CategoryAccessAdvice(ShopperAccess access, ProductCategories categories, UnlistedProductsSession unlisted) {
        this.access = access;
        this.categories = categories;
        this.unlisted = unlisted;
    }

    /**
     * The host pages the root categories: all of them are asked for and paged again without the unlisted ones, so
     * the totals and page sizes count only what the shopper sees (the featured filter is not paged by the host).
     */
    @Around("bean(categoryFacade) && execution(* getCategoryHierarchy(..))")
    public Object aroundHierarchy(ProceedingJoinPoint call) throws Throwable {
        Optional<AccessView> view = restricting();
        if (view.isEmpty()) {
            return call.proceed();
        }
        // (store, criteria, depth, language, filter, page, count)
        Object[] arguments = call.getArgs().clone();
        int page = (Integer) arguments[5];
        int count = (Integer) arguments[6];
        arguments[5] = 0;
        arguments[6] = Integer.MAX_VALUE;
        ReadableCategoryList all = (ReadableCategoryList) call.proceed(arguments);
        List<ReadableCategory> listed = listedOnly(all.getCategories(), view.get());
        boolean paged = arguments[4] == null || !((List<?>) arguments[4]).contains(FEATURED);
        int from = paged ? (int) Math.max(0, Math.min((long) page * count, listed.size())) : 0;
        List<ReadableCategory> shown = paged ? new ArrayList<>(listed.subList(from,
                (int) Math.max(from, Math.min((long) from + count, listed.size())))) : listed;
        all.setCategories(shown);
        all.setRecordsTotal(listed.size());
        all.setNumber(shown.size());
        if (all.getRecordsFiltered() != 0) {
            all.setRecordsFiltered(shown.size());
        }
        if (paged) {
            all.setTotalPages(count <= 0 ? 0 : (int) ((listed.size() + (long) count - 1) / count));
        }
        return all;
    }

    @Around("bean(categoryFacade) && (execution(* getById(..)) || execution(* getCategoryByFriendlyUrl(..)))")
    public Object aroundDetail(ProceedingJoinPoint call) throws Throwable {
        Object answer = call.proceed();
        Optional<AccessView> view = restricting();
        if (view.isEmpty() || !(answer instanceof ReadableCategory)) {
            return answer;
        }
        if (!listed((ReadableCategory) answer, view.get())) {
            return AsUnknown.replay(call, 1, call.getArgs()[1] instanceof String ? AsUnknown.NO_KEY
                    : AsUnknown.NO_ID);
        }
        prune((ReadableCategory) answer, view.get());
        return answer;
    }

    @Around("bean(categoryFacade) && execution(* listByProduct(..)) && args(*, productId, *)")
    public Object aroundProductCategories(ProceedingJoinPoint call, Long productId) throws Throwable {
        Optional<AccessView> view = restricting();
        if (view.isPresent() && !view.get().ofProduct(categories.of(productId)).isListed()) {
            return AsUnknown.replay(call, 1, AsUnknown.NO_ID);
        }
        Object answer = call.proceed();
        if (view.isPresent() && answer instanceof ReadableCategoryList) {
            ReadableCategoryList list = (ReadableCategoryList) answer;
            list.setCategories(listedOnly(list.getCategories(), view.get()));
            list.setNumber(list.getCategories().size());
            list.setRecordsTotal(list.getCategories().size());
        }
        return answer;
    }

    @Around("bean(categoryFacade) && execution(* categoryProductVariants(..)) && args(categoryId, ..)")
    public Object aroundVariants(ProceedingJoinPoint call, Long categoryId) throws Throwable {
        return whatACategoryHolds(call, categoryId, 0);
    }

    @Around("bean(manufacturerFacade) && execution(* getByProductInCategory(..)) && args(.., categoryId)")
    public Object aroundManufacturers(ProceedingJoinPoint call, Long categoryId) throws Throwable {
        return whatACategoryHolds(call, categoryId, 2);
    }

    private Object whatACategoryHolds(ProceedingJoinPoint call, Long categoryId, int argument) throws Throwable {
        Optional<AccessView> view = restricting();
        if (view.isEmpty()) {
            return call.proceed();
        }
        if (!view.get().ofCategory(categoryId).isListed()) {
            return AsUnknown.replay(call, argument, AsUnknown.NO_ID);
        }
        // what the category and its subcategories hold, read with the products the shopper may not browse left out
        return unlisted.proceedFiltered(view.get(), call);
    }

    private Optional<AccessView> restricting() {
        return access.restricting().filter(view -> !view.unlistedCategoryIds().isEmpty());
    }

    private static List<ReadableCategory> listedOnly(List<ReadableCategory> list, AccessView view) {
        if (list == null) {
            return new ArrayList<>();
        }
        List<ReadableCategory> listed = list.stream().filter(category -> listed(category, view))
                .collect(Collectors.toList());
        listed.forEach(category -> prune(category, view));
        return listed;
    }

    private static void prune(ReadableCategory category, AccessView view) {
        if (category.getChildren() != null) {
            category.setChildren(listedOnly(category.getChildren(), view));
        }
    }

    private static boolean listed(ReadableCategory category, AccessView view) {
        return view.ofCategory(category.getId()).isListed();
    }
}
