package io.smm.membership.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.web.context.WebServerApplicationContext;

import io.smm.harness.StandInShopApplication;
import io.smm.membership.groups.GroupDraft;
import io.smm.membership.groups.GroupKind;
import io.smm.membership.groups.GroupService;
import io.smm.membership.groups.MemberGroup;

/** The group form over plain HTTP, under the host's parameter encoding and with two owners at once. */
@SpringBootTest(classes = StandInShopApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class GroupFormIntegrationTests {

    @Autowired
    WebServerApplicationContext server;

    @Autowired
    GroupService groups;

    private ShopClient client;

    @BeforeEach
    void signIn() throws Exception {
        client = new ShopClient(server.getWebServer().getPort());
        client.signInToPages(ShopClient.ADMIN, ShopClient.ADMIN_PASSWORD);
    }

    @Test
    void keepsNamesAsTypedThoughTheHostEncodesParameters() throws Exception {
        Map<String, String> form = form("FAMILY", "Friends & Family <VIP>", null);

        HttpResponse<String> created = client.postForm("/membership/admin/groups/new", form);

        assertThat(created.statusCode()).isEqualTo(302);
        assertThat(groups.getByCode(ShopClient.STORE, "FAMILY").getName().getEnglish())
                .isEqualTo("Friends & Family <VIP>");
        assertThat(client.get("/membership/admin/groups").body()).contains("Friends &amp; Family &lt;VIP&gt;");
    }

    @Test
    void refusesAnEditOfAGroupSomeoneChangedMeanwhile() throws Exception {
        MemberGroup group = groups.create(ShopClient.STORE, draft("RACED"));
        Map<String, String> stale = form("RACED", "Mine", group.getVersion());
        GroupDraft theirs = GroupDraft.of(group);
        theirs.setNameEn("Theirs");
        groups.update(ShopClient.STORE, group.getId(), theirs);

        HttpResponse<String> page = client.postForm("/membership/admin/groups/" + group.getId() + "/edit", stale);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("was changed by someone else");
        assertThat(groups.get(ShopClient.STORE, group.getId()).getName().getEnglish()).isEqualTo("Theirs");
    }

    private Map<String, String> form(String code, String name, Integer version) throws Exception {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("code", code);
        form.put("kind", "MANUAL");
        form.put("nameEn", name);
        form.put("version", version == null ? "" : version.toString());
        form.put("_csrf", client.csrfToken("/membership/admin/groups/new"));
        return form;
    }

    private static GroupDraft draft(String code) {
        GroupDraft draft = new GroupDraft();
        draft.setCode(code);
        draft.setKind(GroupKind.MANUAL);
        draft.setNameEn("Group " + code);
        return draft;
    }
}
