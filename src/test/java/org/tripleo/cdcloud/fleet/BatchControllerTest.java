package org.tripleo.cdcloud.fleet;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willReturn;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The batch endpoints in a web slice with the real security rules and problem rendering,
 * the service mocked.
 */
@WebMvcTest(controllers = BatchController.class, properties = "cdcloud.fleet.enabled=true",
		includeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
				pattern = "org\\.tripleo\\.cdcloud\\.web\\.(SecurityConfiguration|ProblemDetailsAdvice)"))
class BatchControllerTest {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	BatchService batch;

	@BeforeEach
	void launches() {
		given(batch.launch(any(), any())).willReturn(7L);
		given(batch.restart(7L)).willReturn(8L);
		willThrow(FleetException.notFound("no job execution")).given(batch).report(anyLong(), any());
		willReturn(new ExecutionReport(7, "fleetUpdate", "COMPLETED", "", Map.of("recipe", "greet"), null, null,
				new ExecutionReport.Counts(1, 1, 0, 0), List.of()))
			.given(batch)
			.report(7L, Duration.ofSeconds(30));
		willThrow(FleetException.invalid("wait must be 0 to 300")).given(batch).report(7L, Duration.ofSeconds(301));
	}

	@Test
	void launchWithoutCredentialsIsUnauthorized() throws Exception {
		mvc.perform(
				post("/api/batch/jobs/fleetUpdate/executions").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isUnauthorized());
		verifyNoInteractions(batch);
	}

	@Test
	@WithMockUser(roles = "ATC")
	void everyEndpointIsForbiddenToAnAtcWhoIsNoCdAdmin() throws Exception {
		mvc.perform(
				post("/api/batch/jobs/fleetUpdate/executions").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/batch/executions/7")).andExpect(status().isForbidden());
		mvc.perform(post("/api/batch/executions/7/restart")).andExpect(status().isForbidden());
		verifyNoInteractions(batch);
	}

	@Test
	@WithMockUser(roles = "CD_ADMIN")
	void launchAcceptedWithLocation() throws Exception {
		mvc.perform(post("/api/batch/jobs/fleetUpdate/executions").contentType(MediaType.APPLICATION_JSON)
			.content("{\"recipe\":\"greet\",\"role\":\"overcloud\"}"))
			.andExpect(status().isAccepted())
			.andExpect(header().string("Location", "/api/batch/executions/7"))
			.andExpect(jsonPath("$.id").value(7))
			.andExpect(jsonPath("$.location").value("/api/batch/executions/7"));
	}

	@Test
	@WithMockUser(roles = "CD_ADMIN")
	void restartAcceptedWithTheNewExecutionsLocation() throws Exception {
		mvc.perform(post("/api/batch/executions/7/restart"))
			.andExpect(status().isAccepted())
			.andExpect(header().string("Location", "/api/batch/executions/8"));
	}

	@Test
	@WithMockUser(roles = "CD_ADMIN")
	void executionWaitsAsAsked() throws Exception {
		mvc.perform(get("/api/batch/executions/7").param("wait", "30"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("COMPLETED"))
			.andExpect(jsonPath("$.hosts.completed").value(1));
	}

	@Test
	@WithMockUser(roles = "CD_ADMIN")
	void badParametersAreBadRequests() throws Exception {
		mvc.perform(get("/api/batch/executions/7").param("wait", "301"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("FLEET-400"));
		mvc.perform(get("/api/batch/executions/7").param("wait", "soon")).andExpect(status().isBadRequest());
		mvc.perform(get("/api/batch/executions/seven")).andExpect(status().isBadRequest());
		mvc.perform(post("/api/batch/jobs/fleetUpdate/executions").contentType(MediaType.APPLICATION_JSON)
			.content("[\"recipe\"]")).andExpect(status().isBadRequest());
	}

	@Test
	@WithMockUser(roles = "CD_ADMIN")
	void unknownExecutionIsNotFound() throws Exception {
		mvc.perform(get("/api/batch/executions/99"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("FLEET-404"));
	}

}
