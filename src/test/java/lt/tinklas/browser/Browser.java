package lt.tinklas.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.Set;
import java.util.stream.Collectors;

import com.deque.html.axecore.args.AxeRuleOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.virtualauthenticator.HasVirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;

/**
 * Debian's headless Chromium driven by Selenium through Debian's chromedriver (nothing is
 * downloaded), with axe-core run on every page a test checks.
 */
public class Browser implements AutoCloseable {

	static final String CHROMIUM = System.getenv().getOrDefault("TINKLAS_CHROMIUM", "/usr/bin/chromium");
	static final String CHROMEDRIVER = System.getenv().getOrDefault("TINKLAS_CHROMEDRIVER", "/usr/bin/chromedriver");

	/** The impacts axe-core gives a violation, from the least. */
	public static final Set<String> ALL_IMPACTS = Set.of("minor", "moderate", "serious", "critical");

	/**
	 * Only the violations are reported in full; and the rule that the visible words of a link or
	 * button are part of its accessible name, which axe-core still calls experimental, is on.
	 */
	private static final AxeRunOptions AXE_OPTIONS = new AxeRunOptions();

	static {
		AXE_OPTIONS.setResultTypes(List.of("violations"));
		AxeRuleOptions on = new AxeRuleOptions();
		on.setEnabled(true);
		AXE_OPTIONS.setRules(Map.of("label-content-name-mismatch", on));
	}

	private final WebDriver driver;
	private final String base;
	private final Path profile;

	public Browser(int port) {
		if (!Files.isExecutable(Path.of(CHROMIUM)) || !Files.isExecutable(Path.of(CHROMEDRIVER))) {
			throw new IllegalStateException("The browser tests need Debian's chromium and chromium-driver ("
					+ CHROMIUM + ", " + CHROMEDRIVER + "): apt-get install chromium chromium-driver");
		}
		try {
			profile = Files.createTempDirectory("tinklas-chromium");
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--disable-dev-shm-usage", "--disable-quic", "--no-first-run", "--disable-component-update",
				"--disable-sync", "--window-size=1280,900", "--lang=lt", "--user-data-dir=" + profile);
		options.setExperimentalOption("prefs", Map.of("download.default_directory",
				profile.resolve("downloads").toString(), "download.prompt_for_download", false));
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
			.usingAnyFreePort()
			.build();
		this.driver = new ChromeDriver(service, options);
		this.base = "http://localhost:" + port;
	}

	public Browser open(String path) {
		driver.get(base + path);
		return this;
	}

	public WebElement find(By by) {
		return new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(by));
	}

	/** Every element that matches, once the first is there. */
	public List<WebElement> findAll(By by) {
		find(by);
		return driver.findElements(by);
	}

	public Browser type(By field, String text) {
		WebElement element = find(field);
		element.clear();
		element.sendKeys(text);
		return this;
	}

	/** Sets a date field as its picker would: typing into one depends on the browser's language. */
	public Browser pickDate(By field, LocalDate date) {
		((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", find(field), date.toString());
		return this;
	}

	/** Clicks and waits until the next page has loaded. */
	public Browser click(By by) {
		WebElement element = find(by);
		((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
		element.click();
		awaitGone(element);
		awaitLoaded();
		return this;
	}

	/**
	 * Clicks a button of a form that asks first ({@code data-confirm}), answers the question with OK,
	 * waits until the next page has loaded, and gives the question as the browser showed it.
	 */
	public String clickAndConfirm(By by) {
		WebElement element = find(by);
		((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
		element.click();
		Alert question = new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.alertIsPresent());
		String text = question.getText();
		question.accept();
		awaitGone(element);
		awaitLoaded();
		return text;
	}

	/**
	 * Chooses in a searched select (one with {@code data-search-url}) from the keyboard, as a person
	 * does: types into its picker, waits until the choice it looks for is offered, goes down to it
	 * with the arrow keys and takes it with Enter.
	 */
	public Browser pick(By select, String typed, String choice) {
		String id = find(select).getAttribute("id");
		find(By.id(id + "-ts-control"));
		// Tab into the picker as a keyboard user does: focus lands in its text field
		((JavascriptExecutor) driver).executeScript("arguments[0].focus();", find(By.id(id + "-ts-control")));
		WebElement input = driver.switchTo().activeElement();
		input.sendKeys(typed);
		By offered = By.cssSelector("#" + id.replace(".", "\\.") + "-ts-dropdown .option");
		new WebDriverWait(driver, Duration.ofSeconds(10))
			.until(d -> d.findElements(offered).stream().anyMatch(o -> o.getText().equals(choice)));
		By active = By.cssSelector("#" + id.replace(".", "\\.") + "-ts-dropdown .option.active");
		for (int i = 0; i <= driver.findElements(offered).size()
				&& driver.findElements(active).stream().noneMatch(o -> o.getText().equals(choice)); i++) {
			input.sendKeys(Keys.ARROW_DOWN);
		}
		input.sendKeys(Keys.ENTER);
		new WebDriverWait(driver, Duration.ofSeconds(5)).withMessage(() -> "not chosen: " + choice + " in "
				+ find(select).getAttribute("outerHTML") + " after " + find(By.id(id + "-ts-dropdown")).getAttribute("outerHTML"))
			.until(d -> {
			Object chosen = ((JavascriptExecutor) d).executeScript(
					"var s = arguments[0]; return Array.from(s.selectedOptions).map(o => o.text);", find(select));
			return chosen instanceof List<?> texts && texts.contains(choice);
		});
		return this;
	}

	/**
	 * Types into a picker's own field as a keyboard user does (focus there, then the letters) and
	 * waits until its list offers the choice; the list stays open.
	 */
	public Browser typeInPicker(By select, String typed, String offered) {
		String id = find(select).getAttribute("id");
		WebElement input = find(By.id(id + "-ts-control"));
		((JavascriptExecutor) driver).executeScript("arguments[0].focus();", input);
		driver.switchTo().activeElement().sendKeys(typed);
		return awaitOffered(select, offered);
	}

	/** Waits until the picker's open list offers the choice. */
	public Browser awaitOffered(By select, String offered) {
		String id = find(select).getAttribute("id");
		By options = By.cssSelector("#" + id.replace(".", "\\.") + "-ts-dropdown .option");
		new WebDriverWait(driver, Duration.ofSeconds(10))
			.until(d -> d.findElements(options).stream().anyMatch(o -> o.getText().equals(offered)));
		return this;
	}

	/**
	 * Takes a choice the picker's open list offers from the keyboard: down with the arrow keys to it,
	 * then Enter; waits until it is chosen in the select.
	 */
	public Browser chooseOffered(By select, String choice) {
		String id = find(select).getAttribute("id");
		String css = "#" + id.replace(".", "\\.") + "-ts-dropdown .option";
		By active = By.cssSelector(css + ".active");
		WebElement input = driver.switchTo().activeElement();
		for (int i = 0; i <= driver.findElements(By.cssSelector(css)).size()
				&& driver.findElements(active).stream().noneMatch(o -> o.getText().equals(choice)); i++) {
			input.sendKeys(Keys.ARROW_DOWN);
		}
		input.sendKeys(Keys.ENTER);
		new WebDriverWait(driver, Duration.ofSeconds(5)).withMessage(() -> "not chosen: " + choice)
			.until(d -> chosenIn(select).contains(choice));
		return this;
	}

	/**
	 * Waits until what the picker's open list offers meets the condition (it filters a moment after
	 * the typing), and gives it; fails naming what it offered when it never does.
	 */
	public List<String> awaitOffers(By select, Predicate<List<String>> condition) {
		List<List<String>> last = new ArrayList<>(List.of(List.of()));
		try {
			new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> {
				last.set(0, offeredIn(select));
				return condition.test(last.get(0));
			});
		}
		catch (TimeoutException e) {
			throw new AssertionError("the picker offered " + last.get(0), e);
		}
		return last.get(0);
	}

	/** What the picker's open list offers now, in its order. */
	public List<String> offeredIn(By select) {
		String id = find(select).getAttribute("id");
		@SuppressWarnings("unchecked")
		List<String> offered = (List<String>) ((JavascriptExecutor) driver).executeScript("""
				var list = document.getElementById(arguments[0] + '-ts-dropdown');
				return list ? Array.from(list.querySelectorAll('.option')).map(o => o.textContent.trim()) : [];""", id);
		return offered;
	}

	/** Presses a key where the focus is (Tab, Backspace, Escape ...), staying on the page. */
	public Browser press(CharSequence key) {
		driver.switchTo().activeElement().sendKeys(key);
		return this;
	}

	/** The id of the element that has the focus. */
	public String focusedId() {
		return driver.switchTo().activeElement().getAttribute("id");
	}

	/** The chips a picker shows for what is chosen, each by its name (its remove button's sign left out). */
	public List<String> chipsOf(By select) {
		String id = find(select).getAttribute("id");
		@SuppressWarnings("unchecked")
		List<String> chips = (List<String>) ((JavascriptExecutor) driver).executeScript("""
				var control = document.getElementById(arguments[0] + '-ts-control').parentElement;
				return Array.from(control.querySelectorAll('.item')).map(i => i.firstChild.textContent.trim());""", id);
		return chips;
	}

	/** The texts of the options chosen in a select (native or behind its picker). */
	public List<String> chosenIn(By select) {
		@SuppressWarnings("unchecked")
		List<String> chosen = (List<String>) ((JavascriptExecutor) driver)
			.executeScript("return Array.from(arguments[0].selectedOptions).map(o => o.text);", find(select));
		return chosen;
	}

	/** The texts of a column of a table's body, from the top row down (column from 0). */
	public List<String> column(By table, int column) {
		@SuppressWarnings("unchecked")
		List<String> texts = (List<String>) ((JavascriptExecutor) driver).executeScript(
				"return Array.from(arguments[0].tBodies[0].rows).map(r => r.cells[arguments[1]].textContent.trim());",
				find(table), column);
		return texts;
	}

	/** Waits until a field of this page holds the value (one a script fills in). */
	public Browser awaitValue(By field, String value) {
		new WebDriverWait(driver, Duration.ofSeconds(10)).withMessage(() -> field + " never held " + value)
			.until(d -> value.equals(d.findElement(field).getAttribute("value")));
		return this;
	}

	/** Ticks or unticks a box: a click that stays on the page. */
	public Browser toggle(By box) {
		WebElement element = find(box);
		((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
		element.click();
		return this;
	}

	/** Presses Enter in a field, as a person sends a form from the keyboard, and waits for the next page. */
	public Browser pressEnterIn(By field) {
		WebElement element = find(field);
		WebElement body = driver.findElement(By.tagName("body"));
		element.sendKeys(Keys.ENTER);
		awaitGone(body);
		awaitLoaded();
		return this;
	}

	/**
	 * Waits until an element of the last page is gone with it. While the next page replaces it,
	 * Chromium may say so as "node does not belong to the document" rather than a stale element.
	 */
	private void awaitGone(WebElement element) {
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> {
			try {
				element.isEnabled();
				return false;
			}
			catch (StaleElementReferenceException e) {
				return true;
			}
			catch (WebDriverException e) {
				if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
					return true;
				}
				throw e;
			}
		});
	}

	/** Waits until the page that replaced the last one has finished loading, so no element is read from it half-built. */
	private void awaitLoaded() {
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> "complete"
			.equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
	}

	/**
	 * Clicks what downloads a file (the page stays) and gives the file once Chromium has finished
	 * writing it: the file in the profile's download folder whose name ends with {@code extension}.
	 */
	public byte[] clickToDownload(By by, String extension) {
		find(by).click();
		Path folder = profile.resolve("downloads");
		Path file = new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> {
			if (!Files.isDirectory(folder)) {
				return null;
			}
			try (var files = Files.list(folder)) {
				return files.filter(each -> each.getFileName().toString().endsWith(extension)).findFirst().orElse(null);
			}
			catch (IOException e) {
				return null;
			}
		});
		try {
			return Files.readAllBytes(file);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	public String text() {
		return driver.findElement(By.tagName("body")).getText();
	}

	public String path() {
		return driver.getCurrentUrl().substring(base.length());
	}

	public String title() {
		return driver.getTitle();
	}

	public void deleteCookies() {
		driver.manage().deleteAllCookies();
	}

	/**
	 * Runs axe-core (Deque's Selenium integration, which bundles it) on the current page and returns
	 * the serious and critical violations, each as “rule: description (elements)”; a test asserts the
	 * list is empty.
	 */
	public List<String> accessibilityProblems() {
		return violations(Set.of("serious", "critical"));
	}

	/** The violations axe-core finds on the current page whose impact is one of those named, as {@link #accessibilityProblems()} gives them. */
	public List<String> violations(Set<String> impacts) {
		// in the page itself (no frames from elsewhere to reach), not again in a blank window of its own;
		// a long page (the history's hundreds of rows) takes axe-core longer than its default half minute
		driver.manage().timeouts().scriptTimeout(Duration.ofMinutes(3));
		Results results = new AxeBuilder().setLegacyMode(true).setTimeout(180).withOptions(AXE_OPTIONS).analyze(driver);
		if (results.isErrored()) {
			throw new IllegalStateException("axe-core failed on " + path() + ": " + results.getErrorMessage());
		}
		return results.getViolations()
			.stream()
			.filter(rule -> impacts.contains(rule.getImpact()))
			.map(rule -> path() + " " + rule.getId() + ": " + rule.getHelp() + " (" + rule.getNodes()
				.stream()
				.map(node -> node.getTarget() instanceof List<?> target ? target.stream().map(String::valueOf)
					.collect(Collectors.joining(" ")) : String.valueOf(node.getTarget()))
				.collect(Collectors.joining(", ")) + ")")
			.toList();
	}

	/**
	 * Chooses the pages' language as the language switch remembers it (its cookie), without writing
	 * it to the account of whoever is signed in; takes effect from the next page opened.
	 */
	public Browser language(String language) {
		driver.manage().deleteCookieNamed("TINKLAS_LANG");
		driver.manage().addCookie(new Cookie("TINKLAS_LANG", language, "/"));
		return this;
	}

	/** Saves what the window shows, as a PNG, to the file named, making its folder if need be. */
	public Path screenshot(Path file) {
		try {
			Files.createDirectories(file.toAbsolutePath().getParent());
			Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
			return file;
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Clicks a button that opens something on the same page (a menu) and waits until it is shown. */
	public Browser reveal(By button, By revealed) {
		find(button).click();
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(revealed));
		return this;
	}

	/** Whether an element is shown (not hidden by the page's styles). */
	public boolean shown(By by) {
		return find(by).isDisplayed();
	}

	/** Whether the browser shows an HTML page (not a feed, a file or a picker's JSON shown as text). */
	public boolean showsHtml() {
		return "text/html".equals(((JavascriptExecutor) driver).executeScript("return document.contentType"));
	}

	@Override
	public void close() {
		driver.quit();
		try (var files = Files.walk(profile)) {
			files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
		}
		catch (IOException ignored) {
			// a temporary profile left behind does no harm
		}
	}

	/** Sets the size of the page's viewport (a phone: 390 × 844), as the window would be on that screen. */
	public Browser resize(int width, int height) {
		driver.manage().window().setSize(new Dimension(width, height));
		JavascriptExecutor js = (JavascriptExecutor) driver;
		Number inner = (Number) js.executeScript("return window.innerWidth");
		if (inner.intValue() != width) {
			// the window's frame takes some of it: grow the window by the difference
			driver.manage().window().setSize(new Dimension(2 * width - inner.intValue(), height));
		}
		return this;
	}

	/** How many pixels the current page is wider than the window, so that it scrolls sideways; 0 when it fits. */
	public long sidewaysOverflow() {
		Number overflow = (Number) ((JavascriptExecutor) driver)
			.executeScript("return Math.max(0, document.documentElement.scrollWidth - window.innerWidth)");
		return overflow.longValue();
	}

	/**
	 * Fails when the current page scrolls sideways, naming the elements that stick out of the
	 * window (those that are not inside a box that scrolls by itself).
	 */
	public Browser assertNoSideways() {
		long overflow = sidewaysOverflow();
		if (overflow > 0) {
			Object sticking = ((JavascriptExecutor) driver).executeScript("""
					const out = [];
					for (const e of document.querySelectorAll('body *')) {
					  const r = e.getBoundingClientRect();
					  if (r.right > window.innerWidth + 1 && out.length < 8) {
					    out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
					      + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\\s+/).join('.') : '')
					      + ' right=' + Math.round(r.right));
					  }
					}
					return out.join(', ');""");
			throw new AssertionError(path() + " scrolls sideways by " + overflow + " px at " + windowWidth()
					+ " px: " + sticking);
		}
		return this;
	}

	/** The width of the page's window in CSS pixels. */
	public long windowWidth() {
		return ((Number) ((JavascriptExecutor) driver).executeScript("return window.innerWidth")).longValue();
	}

	/** Presses a key on an element (Enter, Space ...) as a keyboard user would, staying on the page. */
	public Browser press(By by, CharSequence key) {
		find(by).sendKeys(key);
		return this;
	}

	/** The element once it is shown, waiting for a menu or a collapsed part to open. */
	public WebElement visible(By by) {
		return new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(by));
	}

	/**
	 * A passkey device the browser offers pages as if it were plugged in (Chromium's virtual
	 * authenticator), with its options: protocol, whether it keeps passkeys, whether it checks the user.
	 */
	public VirtualAuthenticator virtualAuthenticator(VirtualAuthenticatorOptions options) {
		return ((HasVirtualAuthenticator) driver).addVirtualAuthenticator(options);
	}

	/** Waits until the browser is on a page whose address (path and query) meets the condition; gives the path. */
	public String awaitPath(Predicate<String> condition) {
		new WebDriverWait(driver, Duration.ofSeconds(10)).withMessage(() -> "still on " + path())
			.until(d -> condition.test(path()) && "complete"
				.equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
		return path();
	}

	/** The element that has the keyboard focus. */
	public WebElement focused() {
		return driver.switchTo().activeElement();
	}
}
