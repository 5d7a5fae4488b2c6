package org.tripleo.cdcloud.team;

import java.security.Principal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tripleo.cdcloud.team.MembershipRequest.State;

/**
 * {@code /api/membership}: join and departure requests of the cd-admin team, votes and
 * the PTL's veto. Who may do what is decided by the membership rules; every person of the
 * team may read the requests.
 */
@RestController
@RequestMapping("/api/membership")
class MembershipController {

	private static final String READERS = "hasRole('ATC') or hasRole('CD_ADMIN')";

	private final MembershipService membership;

	MembershipController(MembershipService membership) {
		this.membership = membership;
	}

	@PostMapping("/requests")
	@ResponseStatus(HttpStatus.CREATED)
	MembershipView join(@Valid @RequestBody JoinRequest body, Principal applicant) {
		return membership.requestJoin(applicant.getName(), body.sshPublicKey(), body.reason());
	}

	@PostMapping("/departures")
	@PreAuthorize(READERS)
	@ResponseStatus(HttpStatus.CREATED)
	MembershipView depart(@Valid @RequestBody DepartureRequest body, Principal requester) {
		return membership.requestDeparture(requester.getName(), body.personId(), body.reason());
	}

	@GetMapping("/requests")
	@PreAuthorize(READERS)
	List<MembershipView> list(@RequestParam(required = false) State state) {
		return membership.list(state);
	}

	@GetMapping("/requests/{id}")
	@PreAuthorize(READERS)
	MembershipView request(@PathVariable String id) {
		return membership.view(id);
	}

	@PostMapping("/requests/{id}/votes")
	@PreAuthorize(READERS)
	MembershipView vote(@PathVariable String id, @Valid @RequestBody VoteRequest body, Principal voter) {
		return membership.vote(id, voter.getName(), body.decision(), body.comment());
	}

	@PostMapping("/requests/{id}/veto")
	@PreAuthorize(READERS)
	MembershipView veto(@PathVariable String id, @Valid @RequestBody VetoRequest body, Principal ptl) {
		return membership.veto(id, ptl.getName(), body.reason());
	}

	/** An application to join: the key to add and why. */
	record JoinRequest(@NotBlank String sshPublicKey, @NotBlank String reason) {
	}

	/** A departure: oneself (leave) or another member (removal, voted). */
	record DepartureRequest(@NotBlank String personId, @NotBlank String reason) {
	}

	/** A vote: approve or reject, with a comment. */
	record VoteRequest(@NotBlank @Pattern(regexp = "approve|reject") String decision, String comment) {
	}

	/** The PTL's veto and its reason. */
	record VetoRequest(@NotBlank String reason) {
	}

}
