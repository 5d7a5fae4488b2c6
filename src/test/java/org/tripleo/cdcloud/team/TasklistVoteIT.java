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
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tripleo.cdcloud.team.TestTeam.admin;
import static org.tripleo.cdcloud.team.TestTeam.atc;

/**
 * A member logs in through the form in headless Chromium, finds the vote task in Tasklist
 * and votes through the Camunda Form; the vote lands in the audit record.
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
		browser.get("http://127.0.0.1:" + port + "/login");
		browser.findElement(By.name("username")).sendKeys(admin(1));
		browser.findElement(By.name("password")).sendKeys(MembershipClient.PASSWORD);
		browser.findElement(By.cssSelector("button[type=submit]")).click();
		browser.get("http://127.0.0.1:" + port + "/camunda/app/tasklist/default/");
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
