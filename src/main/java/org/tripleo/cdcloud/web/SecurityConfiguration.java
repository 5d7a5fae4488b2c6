package org.tripleo.cdcloud.web;

import jakarta.servlet.Filter;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.tripleo.cdcloud.inventory.Role;

/**
 * Authentication and role checks for every endpoint: HTTP Basic for {@code /api/**} and
 * {@code /engine-rest/**}, form login for Cockpit, Tasklist and everything else.
 *
 * <p>
 * Spring Security authenticates; Camunda's container-based filters then hand the
 * authenticated person to the engine, whose authorization checks (groups mirrored from
 * team.yaml) decide what Cockpit, Tasklist and the engine REST API show.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	static final String CD_ADMIN = Role.CD_ADMIN.name();

	private static final String ENGINE_REST = "/engine-rest";

	private static final String WEBAPP = "/camunda";

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder();
	}

	/**
	 * Machine clients (our API, the engine's, actuator, OpenAPI): stateless Basic auth,
	 * so no session cookie and no CSRF exposure.
	 */
	@Bean
	@ConditionalOnWebApplication // CLI contexts (CliContext) have no HttpSecurity
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http) throws Exception {
		// Plain string matchers missed Camunda's Jersey servlet (shared notes): match
		// paths.
		RequestMatcher api = new OrRequestMatcher(path("/api/**"), path(ENGINE_REST + "/**"), path("/actuator/**"),
				path("/v3/api-docs/**"));
		return http.securityMatcher(api)
			.authorizeHttpRequests((auth) -> auth
				.requestMatchers(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/api/nodes/**"),
						path("/api/inventory/**"), path("/api/batch/**"))
				.hasRole(CD_ADMIN)
				.requestMatchers(path("/actuator/health"), path("/actuator/health/**"))
				.authenticated()
				.requestMatchers(path("/actuator/**"))
				.hasRole(CD_ADMIN)
				.anyRequest()
				.authenticated())
			.httpBasic(Customizer.withDefaults())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable())
			.build();
	}

	/** People in a browser: form login; Camunda's webapps carry their own CSRF filter. */
	@Bean
	@ConditionalOnWebApplication // CLI contexts (CliContext) have no HttpSecurity
	@Order(2)
	SecurityFilterChain webSecurity(HttpSecurity http) throws Exception {
		return http
			.authorizeHttpRequests(
					(auth) -> auth.requestMatchers("/login", "/error").permitAll().anyRequest().authenticated())
			.formLogin(Customizer.withDefaults())
			.csrf((csrf) -> csrf.ignoringRequestMatchers(WEBAPP + "/**"))
			.build();
	}

	private static RequestMatcher path(String pattern) {
		return PathPatternRequestMatcher.withDefaults().matcher(pattern);
	}

	/** Hands the Spring-authenticated person to Cockpit, Tasklist and Admin. */
	@Bean
	@ConditionalOnWebApplication // the CLI context has no web server (CliContext)
	FilterRegistrationBean<Filter> camundaWebappAuthentication() {
		FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(
				new ContainerBasedAuthenticationFilter());
		registration.setName("cdcloud-webapp-authentication");
		registration.addInitParameter("authentication-provider", ContainerBasedAuthenticationProvider.class.getName());
		registration.addUrlPatterns(WEBAPP + "/*");
		return registration;
	}

	/**
	 * Hands the Spring-authenticated person to the engine REST API, so authorizations
	 * apply.
	 */
	@Bean
	@ConditionalOnWebApplication // the CLI context has no web server (CliContext)
	FilterRegistrationBean<Filter> camundaRestAuthentication() {
		FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(
				new ProcessEngineAuthenticationFilter());
		registration.setName("cdcloud-engine-rest-authentication");
		registration.addInitParameter("authentication-provider", ContainerBasedAuthenticationProvider.class.getName());
		registration.addUrlPatterns(ENGINE_REST + "/*");
		return registration;
	}

}
