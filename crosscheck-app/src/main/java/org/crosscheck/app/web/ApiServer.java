package org.crosscheck.app.web;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.crosscheck.pipeline.BodyIngest;
import org.crosscheck.store.Store;
import org.crosscheck.store.StoreException;
import org.crosscheck.store.UnrunnableQueryException;

/**
 * The REST API and the web UI over a {@link Store}: every route is declared in {@link #routes},
 * handlers are method references to small controllers, errors are mapped to
 * {@code {"error": "..."}} once, and every answer carries the security headers.
 */
public final class ApiServer implements AutoCloseable {

    /** No inline script or style, nothing from elsewhere: the UI is same-origin files only. */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /**
     * The headers every answer carries, pages, API and Jetty's own errors alike, in the order
     * written here: every answer sends them in this order, whatever the JVM run.
     */
    static final Map<String, String> SECURITY_HEADERS = securityHeaderValues();

    /** One route of the API: what {@code /api/openapi.json} must describe. */
    public record Route(String method, String path, Handler handler) {
        public Route {
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(path, "path");
        }
    }

    private final Javalin app;
    private final VerifyController verify;
    private final PrintStream log;

    private ApiServer(Javalin app, VerifyController verify, PrintStream log) {
        this.app = app;
        this.verify = verify;
        this.log = log;
    }

    /**
     * Starts a server over the store; {@code ingest} takes the bodies of {@code POST /api/articles}
     * (null: the store is served read-only and every write is refused) and {@code judge} the
     * statements of {@code POST /api/verify}.
     */
    public static ApiServer start(Store store, BodyIngest ingest, StatementJudge judge, ServerSettings settings, PrintStream log) {
        VerifyController verify = new VerifyController(store, judge);
        List<Route> routes = routes(store, ingest, verify, settings);
        Javalin app = Javalin.create(config -> configure(config, routes, settings, log));
        app.start(settings.host(), settings.port());
        return new ApiServer(app, verify, log);
    }

    /** The routes of the API, in one place. */
    static List<Route> routes(Store store, BodyIngest ingest, VerifyController verify, ServerSettings settings) {
        StoryController stories = new StoryController(store);
        ArticleController articles = new ArticleController(store, ingest, settings);
        OutletController outlets = new OutletController(store);
        return List.of(
                new Route("GET", "/api/health", stories::health),
                new Route("GET", "/api/stories", stories::list),
                new Route("GET", "/api/stories/{id}", stories::one),
                new Route("GET", "/api/articles", articles::search),
                new Route("GET", "/api/articles/{id}", articles::one),
                new Route("POST", "/api/articles", articles::add),
                new Route("GET", "/api/outlets", outlets::list),
                new Route("GET", "/api/outlets/{name}", outlets::one),
                new Route("POST", "/api/verify", verify::verify),
                new Route("GET", "/api/openapi.json", ApiServer::openApi));
    }

    /** The method and path of every API route, for checks against the OpenAPI description. */
    public static List<Route> declaredRoutes() {
        return routes(null, null, new VerifyController(null, null), ServerSettings.loopback(0, null));
    }

    private static void configure(JavalinConfig config, List<Route> routes, ServerSettings settings, PrintStream log) {
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.http.maxRequestSize = settings.maxBodyBytes();
        config.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrors()));
        config.staticFiles.add(files -> {
            files.hostedPath = "/";
            files.directory = "/web";
            files.location = Location.CLASSPATH;
        });
        config.routes.before(ApiServer::securityHeaders);
        for (Route r : routes) {
            switch (r.method()) {
                case "GET" -> config.routes.get(r.path(), r.handler());
                case "POST" -> config.routes.post(r.path(), r.handler());
                default -> throw new IllegalStateException("no method " + r.method());
            }
        }
        config.routes.exception(ApiError.class, (e, ctx) -> Json.error(ctx, e.status(), e.getMessage()));
        config.routes.exception(HttpResponseException.class, (e, ctx) -> Json.error(ctx, e.getStatus(), clientMessage(e)));
        config.routes.exception(UnrunnableQueryException.class, (e, ctx) ->
                Json.error(ctx, 400, "The search has too many words to run; ask with fewer."));
        config.routes.exception(StoreException.class, (e, ctx) ->
                Json.error(ctx, 503, "the store is busy or cannot be written now; try again later"));
        config.routes.exception(Exception.class, (e, ctx) -> {
            log.println("crosscheck serve: " + ctx.method() + " " + ctx.path() + " failed: " + e);
            Json.error(ctx, 500, "The server could not answer this request.");
        });
    }

    private static String clientMessage(HttpResponseException e) {
        return switch (e.getStatus()) {
            case 404 -> "Nothing is served at that path.";
            case 405 -> "That method is not allowed here.";
            case 413 -> "The body is larger than the server accepts.";
            default -> e.getStatus() >= 500 ? "The server could not answer this request." : "The request is not valid.";
        };
    }

    private static Map<String, String> securityHeaderValues() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", "no-referrer");
        headers.put("X-Frame-Options", "DENY");
        return Collections.unmodifiableMap(headers);
    }

    private static void securityHeaders(Context ctx) {
        SECURITY_HEADERS.forEach(ctx::header);
    }

    private static void openApi(Context ctx) {
        ctx.contentType(Json.CONTENT_TYPE).result(openApiText());
    }

    /** The OpenAPI 3 description served at {@code /api/openapi.json}. */
    public static String openApiText() {
        try (InputStream in = ApiServer.class.getResourceAsStream("openapi.json")) {
            if (in == null) {
                throw new IllegalStateException("openapi.json is missing from the jar");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Loads the verifier's models now, on a thread of their own, so that the first
     * {@code POST /api/verify} does not wait for them; without this they load on first use.
     */
    public void warmUpVerifier() {
        verify.warmUp(log);
    }

    /** The port the server listens on. */
    public int port() {
        return app.port();
    }

    /** Blocks until the server stops. */
    public void join() throws InterruptedException {
        app.jettyServer().server().join();
    }

    @Override
    public void close() {
        app.stop();
    }
}
