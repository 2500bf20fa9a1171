package lt.tinklas.growth.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lt.tinklas.growth.application.RegisterExtracts;
import lt.tinklas.shared.security.Keepers;
import lt.tinklas.shared.web.InvalidInputException;
import lt.tinklas.shared.web.InvalidInputException.FieldError;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The state register's extract, for the network's keepers: the one loaded (the day of its data and
 * its size), and the upload of the two files that replaces it, with what is wrong with each file
 * beside its field, or what was loaded.
 */
@Controller
@RequestMapping("/n/{slug}/growth/register")
@Keepers
class RegisterExtractController {

	private final RegisterExtracts extracts;

	RegisterExtractController(RegisterExtracts extracts) {
		this.extracts = extracts;
	}

	@GetMapping
	String page(Model model) {
		return page(model, Map.of());
	}

	@PostMapping
	String load(@RequestParam(required = false) MultipartFile ngoFile,
			@RequestParam(required = false) MultipartFile registeredFile,
			@RequestParam(defaultValue = "false") boolean olderAccepted, Model model) throws IOException {
		Map<String, List<FieldError>> errors = Map.of();
		try {
			model.addAttribute("result", extracts.load(content(ngoFile), content(registeredFile), olderAccepted));
		}
		catch (InvalidInputException e) {
			errors = byField(e.errors());
		}
		catch (RegisterExtracts.OlderDataException e) {
			model.addAttribute("older", e);
		}
		return page(model, errors);
	}

	private String page(Model model, Map<String, List<FieldError>> errors) {
		model.addAttribute("extract", extracts.current().orElse(null));
		model.addAttribute("errors", errors);
		return "growth/register";
	}

	/** The file's bytes; null when none was chosen (a browser sends an empty part without a name). */
	private static byte[] content(MultipartFile file) throws IOException {
		if (file == null || (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()))) {
			return null;
		}
		return file.getBytes();
	}

	private static Map<String, List<FieldError>> byField(List<FieldError> errors) {
		Map<String, List<FieldError>> byField = new LinkedHashMap<>();
		for (FieldError error : errors) {
			byField.computeIfAbsent(error.field(), field -> new ArrayList<>()).add(error);
		}
		return byField;
	}
}
