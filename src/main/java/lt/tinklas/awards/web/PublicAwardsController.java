package lt.tinklas.awards.web;

import lt.tinklas.awards.Awards;
import lt.tinklas.shared.replica.ReadsFromReplica;
import lt.tinklas.shared.web.NotFoundException;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A round's public page: the laureates with their photos, for anyone without signing in. */
@ReadsFromReplica
@Controller
class PublicAwardsController {

	private final Awards awards;

	PublicAwardsController(Awards awards) {
		this.awards = awards;
	}

	@GetMapping("/n/{slug}/public/awards/{roundId}")
	String round(@PathVariable long roundId, Model model) {
		model.addAttribute("award", awards.publicRound(roundId).orElseThrow(() -> new NotFoundException("Award round")));
		return "awards/public-round";
	}

	@GetMapping("/n/{slug}/public/awards/{roundId}/photos/{nomineeId}")
	ResponseEntity<byte[]> photo(@PathVariable long roundId, @PathVariable long nomineeId) {
		Awards.Photo photo = awards.publicPhoto(roundId, nomineeId).orElseThrow(() -> new NotFoundException("Photo"));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(photo.contentType()))
			.cacheControl(CacheControl.noCache())
			.header("X-Content-Type-Options", "nosniff")
			.body(photo.content());
	}
}
