package io.recouvra.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/** Made-up French postal addresses for benchmark parties. */
final class SampleAddress {

  private SampleAddress() {}

  static JsonObject numbered(int number) {
    return Json.createObjectBuilder()
        .add("lines", Json.createArrayBuilder().add((number % 200 + 1) + " rue de l'Exemple"))
        .add("postalCode", "75011")
        .add("city", "Paris")
        .add("country", "FR")
        .build();
  }
}
