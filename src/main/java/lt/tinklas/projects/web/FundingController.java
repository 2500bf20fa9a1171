package lt.tinklas.projects.web;

import java.util.ArrayList;
import java.util.List;

import lt.tinklas.projects.SourceType;
import lt.tinklas.projects.application.FundingSummary;
import lt.tinklas.shared.money.Money;
import lt.tinklas.shared.replica.ReadsFromReplica;
import lt.tinklas.shared.security.Readers;
import lt.tinklas.shared.web.Downloads;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The yearly funding summary: funds by source and year, as a table, a chart and a download. */
@Controller
class FundingController {

	private final FundingSummary funding;
	private final MessageSource messages;

	FundingController(FundingSummary funding, MessageSource messages) {
		this.funding = funding;
		this.messages = messages;
	}

	@GetMapping("/n/{slug}/funding")
	@Readers
	String summary(Model model) {
		model.addAttribute("summary", funding.summary());
		model.addAttribute("sources", SourceType.values());
		return "projects/funding";
	}

	@ReadsFromReplica
	@GetMapping("/n/{slug}/funding/export.{format}")
	@Readers
	ResponseEntity<byte[]> export(@PathVariable String format) {
		FundingSummary.Summary summary = funding.summary();
		var locale = LocaleContextHolder.getLocale();
		List<String> headers = new ArrayList<>();
		headers.add(messages.getMessage("project.field.sourceType", null, locale));
		summary.years().forEach(year -> headers.add(String.valueOf(year)));
		List<List<Object>> rows = new ArrayList<>();
		for (SourceType source : SourceType.values()) {
			if (!summary.bySource().containsKey(source)) {
				continue;
			}
			List<Object> row = new ArrayList<>();
			row.add(messages.getMessage("sourceType." + source, null, locale));
			summary.years().forEach(year -> row.add(Money.ofNullable(summary.cell(source, year))));
			rows.add(row);
		}
		List<Object> total = new ArrayList<>();
		total.add(messages.getMessage("budget.total", null, locale));
		summary.years().forEach(year -> total.add(Money.ofNullable(summary.totals().get(year))));
		rows.add(total);
		return Downloads.table("finansavimas", messages.getMessage("funding.title", null, locale), format, headers, rows);
	}
}
