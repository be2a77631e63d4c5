package io.recouvra.portal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Puts the Content-Security-Policy and the other protective headers on every response of the
 * portal, static files included, before anything is written.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeaders extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** The page keycloak-js frames to check a session silently (see silent-check-sso.html). */
  static final String SILENT_SESSION_CHECK_PAGE = "/silent-check-sso.html";

  private String pagePolicy;
  private String silentCheckPolicy;

  @Override
  public void init(FilterConfig config) {
    KeycloakSettings keycloak = KeycloakSettings.from(ConfigProvider.getConfig());
    pagePolicy = ContentSecurityPolicy.forPages(keycloak);
    silentCheckPolicy = ContentSecurityPolicy.forSilentSessionCheck(keycloak);
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    boolean silentCheck = SILENT_SESSION_CHECK_PAGE.equals(path);
    response.setHeader("Content-Security-Policy", silentCheck ? silentCheckPolicy : pagePolicy);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader("X-Frame-Options", silentCheck ? "SAMEORIGIN" : "DENY");
    chain.doFilter(request, response);
  }
}
