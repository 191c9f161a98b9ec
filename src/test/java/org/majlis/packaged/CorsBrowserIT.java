package org.majlis.packaged;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import com.sun.net.httpserver.HttpServer;

/**
 * A frontend on its own origin (here another port, as a Vite dev server would be) queries the API with fetch, and
 * what it gets reaches the page: Chromium enforces CORS, so a missing header would leave the page empty.
 */
class CorsBrowserIT extends InBrowser {

    private static final String QUERY = "{ actors(first: 3) { nodes { name } } }";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private static HttpServer frontend;

    @BeforeAll
    static void serveTheFrontend() throws IOException {
        frontend = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        frontend.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            String type = path.endsWith("refused.html") ? "text/plain" : "application/json";
            byte[] page = page(type).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(path.endsWith(".html") ? 200 : 404, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        frontend.start();
    }

    @AfterAll
    static void stopTheFrontend() {
        frontend.stop(0);
    }

    @Test
    void aPageOnAnotherOriginShowsTheAnswer() throws Exception {
        List<String> names = new ArrayList<>();
        answer(QUERY).path("actors").path("nodes").forEach(actor -> names.add(actor.path("name").asText()));

        WebDriver browser = open("/actors.html");
        screenshot("cors-actors");
        assertEquals("answered", browser.findElement(By.id("status")).getText());
        assertEquals(String.join("\n", names), browser.findElement(By.id("answer")).getText());
    }

    /** The CORS filter runs before the gate: a page can read why it was refused, not only that it was. */
    @Test
    void aPageOnAnotherOriginReadsTheCodedRefusal() throws Exception {
        WebDriver browser = open("/refused.html");
        screenshot("cors-refused");
        assertEquals("refused", browser.findElement(By.id("status")).getText());
        assertEquals("UNSUPPORTED_MEDIA_TYPE: only application/json request bodies are accepted",
                browser.findElement(By.id("answer")).getText());
    }

    private static WebDriver open(String path) throws IOException {
        WebDriver browser = browser();
        browser.get("http://127.0.0.1:" + frontend.getAddress().getPort() + path);
        waiting(PATIENCE).until(ExpectedConditions.not(ExpectedConditions.textToBe(By.id("status"), "waiting")));
        return browser;
    }

    /** A page whose script posts the query with the given Content-Type and writes what came back into the page. */
    private static String page(String contentType) {
        return """
                <!doctype html>
                <html>
                <head><meta charset="utf-8"><title>A frontend elsewhere</title></head>
                <body>
                <h1>Actors</h1>
                <p id="status">waiting</p>
                <div id="answer"></div>
                <script>
                  const status = document.getElementById('status');
                  const answer = document.getElementById('answer');
                  fetch('%s', {
                    method: 'POST',
                    headers: { 'Content-Type': '%s' },
                    body: JSON.stringify({ query: '%s' })
                  })
                    .then(response => response.json())
                    .then(body => {
                      if (body.errors) {
                        status.textContent = 'refused';
                        answer.textContent = body.errors[0].extensions.code + ': ' + body.errors[0].message;
                      } else {
                        status.textContent = 'answered';
                        for (const actor of body.data.actors.nodes) {
                          const line = document.createElement('div');
                          line.textContent = actor.name;
                          answer.appendChild(line);
                        }
                      }
                    })
                    .catch(error => { status.textContent = 'failed: ' + error; });
                </script>
                </body>
                </html>
                """.formatted("http://localhost:" + app.port + "/graphql", contentType, QUERY);
    }
}
