package org.tripleo.cdcloud.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tripleo.cdcloud.ServiceTest;
import org.tripleo.cdcloud.inventory.Inventory;
import org.tripleo.cdcloud.inventory.Person;
import org.tripleo.cdcloud.inventory.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person logs in through the form and Camunda's webapps see them with the applications
 * their groups grant.
 */
@ServiceTest
class WebappLoginIT {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	Inventory inventory;

	@Test
	void cdAdminSeesCockpitTasklistAndAdmin() throws Exception {
		// given
		Person admin = inventory.people().stream().filter((p) -> p.has(Role.CD_ADMIN)).findFirst().orElseThrow();
		HttpClient browser = login(admin.id(), SecurityIT.PASSWORD);
		// when they open a webapp page, which hands their login to Camunda
		get(browser, "/camunda/app/welcome/default/", "text/html");
		String user = get(browser, "/camunda/api/admin/auth/user/default", "application/json").body();
		// then
		assertThat(user).contains("\"userId\":\"" + admin.id() + "\"")
			.contains("\"cockpit\"")
			.contains("\"tasklist\"")
			.contains("\"admin\"");
	}

	@Test
	void atcSeesTasklistOnly() throws Exception {
		// given
		Person atc = inventory.people()
			.stream()
			.filter((p) -> p.has(Role.ATC) && !p.has(Role.CD_ADMIN))
			.findFirst()
			.orElseThrow();
		HttpClient browser = login(atc.id(), SecurityIT.PASSWORD);
		// when they open a webapp page, which hands their login to Camunda
		get(browser, "/camunda/app/welcome/default/", "text/html");
		String user = get(browser, "/camunda/api/admin/auth/user/default", "application/json").body();
		// then
		assertThat(user).contains("\"userId\":\"" + atc.id() + "\"").contains("\"tasklist\"");
		assertThat(user).doesNotContain("\"cockpit\"").doesNotContain("\"admin\"");
	}

	@Test
	void wrongPasswordStaysOnTheLoginPage() throws Exception {
		HttpClient browser = login("nobody", "wrong");
		HttpResponse<String> response = get(browser, "/camunda/app/welcome/default/", "text/html");
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).endsWith("/login"));
		assertThat(response.headers().firstValue("X-Authorized-User")).isEmpty();
	}

	private HttpClient login(String username, String password) throws IOException, InterruptedException {
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		Matcher csrf = CSRF.matcher(get(browser, "/login", "text/html").body());
		assertThat(csrf.find()).as("login page carries a CSRF token").isTrue();
		String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf="
				+ encode(csrf.group(1));
		browser.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.discarding());
		return browser;
	}

	private HttpResponse<String> get(HttpClient browser, String path, String accept)
			throws IOException, InterruptedException {
		return browser.send(HttpRequest.newBuilder(uri(path)).header("Accept", accept).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
