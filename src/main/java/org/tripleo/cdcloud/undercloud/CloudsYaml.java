package org.tripleo.cdcloud.undercloud;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.tripleo.cdcloud.secrets.SecretReference;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads one cloud from clouds.yaml, the OpenStack clients' own configuration file. Where
 * clouds.yaml would hold a secret ({@code auth.password},
 * {@code auth.application_credential_secret}) cdcloud expects a secret reference
 * ({@code env:NAME} or {@code store:KEY}) instead.
 */
final class CloudsYaml {

	private final Function<String, String> environment;

	private final Path home;

	CloudsYaml(Function<String, String> environment, Path home) {
		this.environment = environment;
		this.home = home;
	}

	/**
	 * Finds the file: the configured one, else {@code OS_CLIENT_CONFIG_FILE}, else the
	 * first of {@code ./clouds.yaml}, {@code ~/.config/openstack/clouds.yaml},
	 * {@code /etc/openstack/clouds.yaml} that exists.
	 * @param configured {@code cdcloud.undercloud.clouds-file}, or null
	 * @return the file
	 * @throws UndercloudException when none is found
	 */
	Path locate(Path configured) {
		if (configured != null) {
			return configured;
		}
		String fromEnv = environment.apply("OS_CLIENT_CONFIG_FILE");
		if (fromEnv != null && !fromEnv.isEmpty()) {
			return Path.of(fromEnv);
		}
		List<Path> candidates = List.of(Path.of("clouds.yaml"), home.resolve(".config/openstack/clouds.yaml"),
				Path.of("/etc/openstack/clouds.yaml"));
		return candidates.stream()
			.filter(Files::isRegularFile)
			.findFirst()
			.orElseThrow(() -> UndercloudException.config("no clouds.yaml found (looked at OS_CLIENT_CONFIG_FILE, "
					+ candidates.stream().map(Path::toString).toList() + "); set cdcloud.undercloud.clouds-file"));
	}

	/**
	 * Reads one cloud.
	 * @param file the clouds.yaml
	 * @param cloud the cloud's name
	 * @return the cloud
	 * @throws UndercloudException naming the file and field when the file is unreadable
	 * or the cloud is missing or incomplete
	 */
	CloudConfig read(Path file, String cloud) {
		Map<String, Object> clouds = map(load(file).get("clouds"), file + ": clouds");
		Object entry = clouds.get(cloud);
		if (entry == null) {
			throw UndercloudException.config(file + ": no cloud '" + cloud + "' under clouds (found " + clouds.keySet()
					+ "); check cdcloud.undercloud.cloud");
		}
		return new CloudEntry(file, cloud, map(entry, file + ": clouds." + cloud)).toConfig();
	}

	private static Map<String, Object> load(Path file) {
		try (Reader reader = Files.newBufferedReader(file)) {
			Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
			return map(root, file + ": the document");
		}
		catch (IOException ex) {
			throw UndercloudException.config(file + " cannot be read: " + ex.getMessage());
		}
		catch (RuntimeException ex) {
			if (ex instanceof UndercloudException) {
				throw ex;
			}
			throw UndercloudException.config(file + " is not valid YAML: " + ex.getMessage());
		}
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> map(Object value, String where) {
		if (value instanceof Map<?, ?> map) {
			return (Map<String, Object>) map;
		}
		throw UndercloudException.config(where + " must be a mapping");
	}

	/**
	 * One {@code clouds.<name>} mapping, read field by field with its path for errors.
	 */
	private record CloudEntry(Path file, String name, Map<String, Object> entry) {

		CloudConfig toConfig() {
			String authType = Objects.requireNonNullElse(text(entry, "auth_type"), CloudConfig.PASSWORD);
			Map<String, Object> auth = CloudConfig.NONE.equals(authType) ? Map.of()
					: map(entry.get("auth"), where("auth"));
			URI baremetal = uri(entry, "baremetal_endpoint_override", "baremetal_endpoint_override");
			return switch (authType) {
				case CloudConfig.NONE -> new CloudConfig(name, file, authType, null, null, null, null, null, null, null,
						text(entry, "region_name"), cacert(), insecure(),
						required(baremetal, "baremetal_endpoint_override"));
				case CloudConfig.PASSWORD -> new CloudConfig(name, file, authType, authUrl(auth),
						required(text(auth, "username"), "auth.username"), domain(auth, "user_domain_name"),
						required(text(auth, "project_name"), "auth.project_name"), domain(auth, "project_domain_name"),
						secret(auth, "password"), null, text(entry, "region_name"), cacert(), insecure(), baremetal);
				case CloudConfig.APPLICATION_CREDENTIAL -> new CloudConfig(name, file, authType, authUrl(auth), null,
						null, null, null, secret(auth, "application_credential_secret"),
						required(text(auth, "application_credential_id"), "auth.application_credential_id"),
						text(entry, "region_name"), cacert(), insecure(), baremetal);
				default -> throw UndercloudException.config(where("auth_type") + " '" + authType
						+ "' is not supported (password, v3applicationcredential, none)");
			};
		}

		private URI authUrl(Map<String, Object> auth) {
			URI url = required(uri(auth, "auth_url", "auth.auth_url"), "auth.auth_url");
			String text = url.toString().replaceAll("/+$", "");
			return URI.create(text.endsWith("/v3") ? text : text + "/v3");
		}

		private SecretReference secret(Map<String, Object> auth, String key) {
			String value = required(text(auth, key), "auth." + key);
			try {
				return SecretReference.parse(value);
			}
			catch (IllegalArgumentException ex) {
				throw UndercloudException.config(where("auth." + key) + " " + ex.getMessage());
			}
		}

		private String domain(Map<String, Object> auth, String key) {
			return Objects.requireNonNullElse(text(auth, key), "Default");
		}

		private Path cacert() {
			return path("cacert");
		}

		/** The openstack clients' two spellings of turning TLS verification off. */
		private boolean insecure() {
			return Boolean.FALSE.equals(entry.get("verify")) || Boolean.TRUE.equals(entry.get("insecure"));
		}

		private Path path(String key) {
			String value = text(entry, key);
			return (value != null) ? file.toAbsolutePath().getParent().resolve(value) : null;
		}

		private URI uri(Map<String, Object> map, String key, String field) {
			String value = text(map, key);
			if (value == null) {
				return null;
			}
			try {
				URI uri = URI.create(value);
				if (uri.getScheme() != null && uri.getScheme().startsWith("http") && uri.getHost() != null) {
					return uri;
				}
			}
			catch (IllegalArgumentException ex) {
				// reported below with the field's path
			}
			throw UndercloudException.config(where(field) + " must be an http(s) URL");
		}

		private <T> T required(T value, String key) {
			if (value == null) {
				throw UndercloudException.config(where(key) + " is required");
			}
			return value;
		}

		private String where(String key) {
			return file + ": clouds." + name + "." + key;
		}

		private static String text(Map<String, Object> map, String key) {
			Object value = map.get(key);
			return (value != null) ? value.toString() : null;
		}

	}

}
