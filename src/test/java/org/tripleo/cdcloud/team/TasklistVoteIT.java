package org.tripleo.cdcloud.team;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tripleo.cdcloud.team.TestTeam.admin;
import static org.tripleo.cdcloud.team.TestTeam.atc;

/**
 * Tasklist in headless Chromium, logged in through the login form: an atc applies through
 * admin-join's start form, and a member finds the vote task and votes through its Camunda
 * Form; both land in the audit record.
 */
@MembershipServiceTest
@SuppressWarnings({ "rawtypes", "unchecked" })
class TasklistVoteIT {

	static Path profile;

	static ChromeDriverService service;

	static WebDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	TestRestTemplate rest;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeAll
	static void startBrowser() throws Exception {
		profile = Files.createTempDirectory("cdcloud-chromium");
		service = new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver"))
			.usingAnyFreePort()
			.build();
		ChromeOptions options = new ChromeOptions().setBinary("/usr/bin/chromium")
			.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
					"--disable-background-networking", "--disable-component-update", "--disable-sync",
					"--window-size=1400,1000", "--user-data-dir=" + profile);
		browser = new ChromeDriver(service, options);
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
		if (service != null) {
			service.stop();
		}
		FileSystemUtils.deleteRecursively(profile.toFile());
	}

	@Test
	void memberVotesThroughTheTasklistForm() {
		// given an open request
		MembershipClient client = new MembershipClient(rest);
		String id = (String) client.applied(atc(11), TestTeam.newKey("atc11")).get("id");
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(45));
		// when a voter logs in, opens the task in Tasklist and approves through the form
		openTasklistAs(admin(1));
		try {
			wait.until(ExpectedConditions
				.elementToBeClickable(By.xpath("//*[contains(text(), 'Vote on the request of " + atc(11) + "')]")))
				.click();
			wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//label[normalize-space()='Approve']")))
				.click();
			browser.findElement(By.cssSelector("textarea")).sendKeys("welcome aboard");
			wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[normalize-space()='Complete']")))
				.click();
		}
		catch (RuntimeException ex) {
			keepEvidence();
			throw ex;
		}
		// then the vote is recorded as the member's
		Map request = awaitVote(client, id);
		assertThat((List<Map>) request.get("votes")).singleElement()
			.satisfies((vote) -> assertThat(vote).containsEntry("voter", admin(1))
				.containsEntry("decision", "approve")
				.containsEntry("comment", "welcome aboard"));
	}

	@Test
	void atcAppliesThroughTheTasklistStartForm() {
		// given an atc in Tasklist
		String key = TestTeam.newKey("atc12@tasklist");
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(45));
		openTasklistAs(atc(12));
		// when they start "Join the cd-admin team" and fill its start form
		try {
			wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//a[normalize-space()='Start process']")))
				.click();
			wait.until(ExpectedConditions
				.elementToBeClickable(By.xpath("//*[normalize-space(text())='Join the cd-admin team']"))).click();
			wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//textarea[contains(@id, 'Field_key')]")))
				.sendKeys(key);
			browser.findElement(By.xpath("//textarea[contains(@id, 'Field_reason')]")).sendKeys("on call from Monday");
			wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[normalize-space()='Start']")))
				.click();
		}
		catch (RuntimeException ex) {
			keepEvidence();
			throw ex;
		}
		// then the request is open under the atc's name with the key from the form
		MembershipClient client = new MembershipClient(rest);
		Map request = awaitRequestOf(client, atc(12));
		assertThat(request).containsEntry("state", "VOTING")
			.containsEntry("requestedBy", atc(12))
			.containsEntry("reason", "on call from Monday");
		assertThat((List<String>) request.get("eligibleVoters")).contains(TestTeam.PTL).doesNotContain(atc(12));
		assertThat(jdbc.queryForObject("SELECT ssh_key FROM cdc_membership_request WHERE id = ?", String.class,
				request.get("id")))
			.isEqualTo(key);
	}

	/** Logs in through the login form as a fresh session, then opens Tasklist. */
	private void openTasklistAs(String person) {
		browser.manage().deleteAllCookies();
		browser.get("http://127.0.0.1:" + port + "/login");
		browser.findElement(By.name("username")).sendKeys(person);
		browser.findElement(By.name("password")).sendKeys(MembershipClient.PASSWORD);
		browser.findElement(By.cssSelector("button[type=submit]")).click();
		browser.get("http://127.0.0.1:" + port + "/camunda/app/tasklist/default/");
	}

	private static Map awaitRequestOf(MembershipClient client, String subject) {
		long deadline = System.currentTimeMillis() + 20_000;
		while (true) {
			List<Map> open = client.as(TestTeam.PTL).getForObject("/api/membership/requests?state=VOTING", List.class);
			var request = open.stream().filter((r) -> subject.equals(r.get("subject"))).findFirst();
			if (request.isPresent() || System.currentTimeMillis() > deadline) {
				return request.orElseThrow(() -> new AssertionError("no open request of " + subject));
			}
			sleep();
		}
	}

	/** Leaves the page and a screenshot in target/ for whoever reads the failure. */
	private static void keepEvidence() {
		try {
			Files.writeString(Path.of("target/tasklist-failure.html"), browser.getPageSource());
			Files.write(Path.of("target/tasklist-failure.png"),
					((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
		}
		catch (Exception ex) {
			// best effort: the test fails anyway
		}
	}

	private static Map awaitVote(MembershipClient client, String id) {
		long deadline = System.currentTimeMillis() + 20_000;
		Map request = client.get(id);
		while (((List) request.get("votes")).isEmpty() && System.currentTimeMillis() < deadline) {
			sleep();
			request = client.get(id);
		}
		return request;
	}

	private static void sleep() {
		try {
			Thread.sleep(200);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
