package nl.passend.adapters.web;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own error answers (a request it refuses before Javalin sees it: an ambiguous path such as
 * {@code ..%2F}, a malformed request line, too large headers) as problem documents, like every
 * other error of the API, instead of Jetty's HTML page. Never includes Jetty's message or a cause.
 */
final class ProblemErrorHandler extends ErrorHandler {
  @Override
  protected void generateResponse(Request request, Response response, int code, String message, Throwable cause, Callback callback) {
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problems.CONTENT_TYPE);
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
    response.getHeaders().put(WebServer.API_VERSION_HEADER, WebServer.API_VERSION);
    response.getHeaders().put("X-Content-Type-Options", "nosniff");
    response.write(true, ByteBuffer.wrap(body(code)), callback);
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(HttpHeader.CONTENT_TYPE, Problems.CONTENT_TYPE);
    fields.put(WebServer.API_VERSION_HEADER, WebServer.API_VERSION);
    return ByteBuffer.wrap(body(status));
  }

  private static byte[] body(int code) {
    String title = HttpStatus.getMessage(code);
    return Problems.json("http-" + code, title == null ? "Error" : title, code,
        code == 400 ? "the request is malformed or its path is ambiguous" : "the request could not be handled").getBytes(StandardCharsets.UTF_8);
  }
}
