package io.recouvra.shared.caller;

import io.recouvra.shared.error.ErrorCode;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;

/**
 * Stops a request whose {@code Authorization} header did not give a verified identity (expired,
 * signed by an unknown key, another issuer or audience, unsigned, malformed) with 401 and a
 * GraphQL-shaped error of code {@code UNAUTHENTICATED}. Liberty's MicroProfile JWT already answers
 * 401 on such a request but still lets it reach the application as an anonymous caller; this filter
 * makes sure nothing runs. Liberty's own messages about the token are hidden (they can quote it,
 * and a token names its user: see bootstrap.properties), so this filter logs the refusal, with the
 * path only.
 */
@WebFilter(urlPatterns = "/*")
public class RejectedTokenFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(RejectedTokenFilter.class.getName());
  private static final String MESSAGE =
      "The bearer token is not valid here: expired, or not issued for Recouvra";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.getHeader("Authorization") != null && request.getUserPrincipal() == null) {
      LOG.info(() -> "Refused a request to " + request.getRequestURI() + ": token not verified");
      refuse(response);
      return;
    }
    chain.doFilter(request, response);
  }

  private static void refuse(HttpServletResponse response) throws IOException {
    JsonObject error =
        Json.createObjectBuilder()
            .add("message", MESSAGE)
            .add(
                "extensions",
                Json.createObjectBuilder().add("code", ErrorCode.UNAUTHENTICATED.name()))
            .build();
    JsonObject answer =
        Json.createObjectBuilder().add("errors", Json.createArrayBuilder().add(error)).build();
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    response.getOutputStream().write(answer.toString().getBytes(StandardCharsets.UTF_8));
  }
}
