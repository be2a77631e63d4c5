package io.recouvra.portal;

import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Serves {@code /portal/config.json}: what the browser code needs to sign people in, taken from the
 * server's configuration so that the demo, the test suite and production each point at their own
 * Keycloak without rebuilding the portal.
 */
@WebServlet(urlPatterns = "/config.json")
public class BrowserConfiguration extends HttpServlet {

  private static final long serialVersionUID = 1L;

  private String json;

  @Override
  public void init() {
    json = render(KeycloakSettings.from(ConfigProvider.getConfig()));
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    response.setHeader("Cache-Control", "no-cache");
    try (Writer writer = response.getWriter()) {
      writer.write(json);
    }
  }

  static String render(KeycloakSettings keycloak) {
    return Json.createObjectBuilder()
        .add(
            "keycloak",
            Json.createObjectBuilder()
                .add("url", keycloak.url().toString())
                .add("realm", keycloak.realm())
                .add("clientId", keycloak.clientId()))
        .build()
        .toString();
  }
}
