package org.tripleo.cdcloud.undercloud;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.openstack4j.api.exceptions.ConnectionException;
import org.openstack4j.connectors.okhttp.HttpExecutorServiceImpl;
import org.openstack4j.connectors.okhttp.HttpResponseImpl;
import org.openstack4j.core.transport.ClientConstants;
import org.openstack4j.core.transport.Config;
import org.openstack4j.core.transport.HttpExecutorService;
import org.openstack4j.core.transport.HttpMethod;
import org.openstack4j.core.transport.HttpRequest;
import org.openstack4j.core.transport.HttpResponse;
import org.openstack4j.core.transport.ObjectMapperSingleton;
import org.openstack4j.openstack.internal.OSAuthenticator;
import org.openstack4j.openstack.internal.OSClientSession;
import org.tripleo.cdcloud.undercloud.CloudTls.CaBundle;

/**
 * openstack4j's connector in cdcloud (registered in {@code META-INF/services}, ahead of
 * the OkHttp connector's own registration on the classpath): requests of a cloud with a
 * {@code cacert} bundle go through an OkHttp client trusting only that bundle; every
 * other request goes to openstack4j's OkHttp connector unchanged.
 *
 * <p>
 * NOTE(openstack4j-okhttp 3.12): the connector hands {@code Config}'s SSLContext to
 * OkHttp's one-argument {@code sslSocketFactory}, which throws on Java 9+; OkHttp needs
 * the trust manager beside the socket factory, which {@link CaBundle} carries.
 */
public class CaBundleConnector implements HttpExecutorService {

	static final String NAME = "cdcloud CA bundle connector (OkHttp)";

	private final HttpExecutorService okhttp = new HttpExecutorServiceImpl();

	@Override
	public <R> HttpResponse execute(HttpRequest<R> request) {
		if (!(request.getConfig().getHostNameVerifier() instanceof CaBundle bundle)) {
			return okhttp.execute(request);
		}
		OkHttpClient client = client(request.getConfig(), bundle);
		try {
			Response response = client.newCall(okRequest(request)).execute();
			// like openstack4j's connector: an expired token is renewed once
			if (response.code() == 401 && request.hasHeaders()
					&& !request.getHeaders().containsKey(ClientConstants.HEADER_OS4J_AUTH)) {
				response.close();
				OSAuthenticator.reAuthenticate();
				request.getHeaders()
					.put(ClientConstants.HEADER_X_AUTH_TOKEN, OSClientSession.getCurrent().getTokenId());
				response = client.newCall(okRequest(request)).execute();
			}
			return HttpResponseImpl.wrap(response);
		}
		catch (IOException ex) {
			throw new ConnectionException(ex.getMessage(), 0, ex);
		}
	}

	@Override
	public String getExecutorDisplayName() {
		return NAME;
	}

	private static OkHttpClient client(Config config, CaBundle bundle) {
		// OkHttp keeps its default, strict host name check: CaBundle#verify is the same
		return new OkHttpClient.Builder().sslSocketFactory(bundle.context().getSocketFactory(), bundle.trustManager())
			.hostnameVerifier(bundle)
			.connectTimeout(config.getConnectTimeout(), TimeUnit.MILLISECONDS)
			.readTimeout(config.getReadTimeout(), TimeUnit.MILLISECONDS)
			.build();
	}

	private static <R> Request okRequest(HttpRequest<R> request) throws IOException {
		HttpUrl.Builder url = HttpUrl.get(request.getUrl()).newBuilder();
		if (request.hasQueryParams()) {
			for (Map.Entry<String, List<Object>> param : request.getQueryParams().entrySet()) {
				param.getValue().forEach((value) -> url.addQueryParameter(param.getKey(), String.valueOf(value)));
			}
		}
		Request.Builder builder = new Request.Builder().url(url.build());
		if (request.hasHeaders()) {
			request.getHeaders().forEach((name, value) -> builder.addHeader(name, String.valueOf(value)));
		}
		return builder.method(request.getMethod().name(), body(request)).build();
	}

	private static <R> RequestBody body(HttpRequest<R> request) throws IOException {
		Object entity = request.getEntity();
		MediaType type = MediaType.parse(request.getContentType());
		if (entity instanceof InputStream stream) {
			return RequestBody.create(type, stream.readAllBytes());
		}
		if (entity != null) {
			return RequestBody.create(type,
					ObjectMapperSingleton.getContext(entity.getClass()).writer().writeValueAsString(entity));
		}
		if (request.hasJson()) {
			return RequestBody.create(MediaType.parse("application/json"), request.getJson());
		}
		boolean needsBody = request.getMethod() == HttpMethod.POST || request.getMethod() == HttpMethod.PUT;
		return needsBody ? RequestBody.create(type, new byte[0]) : null;
	}

}
