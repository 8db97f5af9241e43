import DecoupleRender

/// The OpenAPI 3.1 description of the API, served at `/openapi.json`: one GET operation per
/// endpoint, with its parameters as the command line defines them, plus `status`, `events` and
/// `update`.
enum OpenAPIDocument {
  static func build(_ endpoints: [Endpoint]) -> JSONValue {
    var paths: [(String, JSONValue)] = endpoints.map { e in
      (
        "/api/v1/\(e.name)",
        .object([
          (
            "get",
            .object([
              ("operationId", .string(e.name)), ("summary", .string(e.summary)),
              (
                "description",
                .string(
                  "The same document as `decouple \(e.name) --format json` (docs/json.md). "
                    + "Parameters are the command's arguments and options, without the "
                    + "leading dashes.")
              ),
              ("parameters", .array(e.parameters.map(parameter))),
              ("responses", responses("The analysis (docs/json.md).")),
            ])
          )
        ])
      )
    }
    paths.append(
      ("/api/v1/status", get("status", "The store: its path, stored series, newest observation.")))
    paths.append(("/api/v1/events", get("events", "The embedded events that charts mark.")))
    paths.append(
      (
        "/api/v1/update",
        .object([
          (
            "post",
            .object([
              ("operationId", .string("update")),
              (
                "summary",
                .string(
                  "Refresh every stored series from its source; progress as server-sent events.")
              ),
              ("security", .array([.object([("sessionToken", .array([]))])])),
              (
                "responses",
                .object([
                  (
                    "200",
                    .object([
                      (
                        "description",
                        .string(
                          "A text/event-stream: `progress` events, then `done` (the update "
                            + "document) or `error`.")
                      ),
                      (
                        "content",
                        .object([
                          (
                            "text/event-stream",
                            .object([("schema", .object([("type", .string("string"))]))])
                          )
                        ])
                      ),
                    ])
                  ),
                  ("403", ref("Error")), ("409", ref("Error")), ("429", ref("Error")),
                ])
              ),
            ])
          )
        ])
      ))
    return .object([
      ("openapi", .string("3.1.0")),
      (
        "info",
        .object([
          ("title", .string("Decouple")), ("version", .string("1")),
          (
            "description",
            .string(
              "Is asset A decoupling from asset B? The analyses of the `decouple` command line "
                + "over HTTP, returning the documents `--format json` prints.")
          ),
        ])
      ),
      ("servers", .array([.object([("url", .string("/"))])])),
      ("paths", .object(paths)),
      (
        "components",
        .object([
          (
            "schemas",
            .object([
              (
                "Error",
                .object([
                  ("type", .string("object")),
                  ("required", .array([.string("error")])),
                  (
                    "properties",
                    .object([
                      (
                        "error",
                        .object([
                          ("type", .string("object")),
                          ("required", .array([.string("status"), .string("message")])),
                          (
                            "properties",
                            .object([
                              ("status", .object([("type", .string("integer"))])),
                              ("message", .object([("type", .string("string"))])),
                              (
                                "parameter",
                                .object([("type", .array([.string("string"), .string("null")]))])
                              ),
                            ])
                          ),
                        ])
                      )
                    ])
                  ),
                ])
              )
            ])
          ),
          (
            "responses",
            .object([
              (
                "Error",
                .object([
                  ("description", .string("The request was refused or could not be answered.")),
                  (
                    "content",
                    .object([
                      (
                        "application/json",
                        .object([
                          ("schema", .object([("$ref", .string("#/components/schemas/Error"))]))
                        ])
                      )
                    ])
                  ),
                ])
              )
            ])
          ),
          (
            "securitySchemes",
            .object([
              (
                "sessionToken",
                .object([
                  ("type", .string("apiKey")), ("in", .string("header")),
                  ("name", .string("X-Decouple-Token")),
                ])
              )
            ])
          ),
        ])
      ),
    ])
  }

  static func parameter(_ p: Parameter) -> JSONValue {
    var schema: [(String, JSONValue)] = [("type", .string(p.kind == .flag ? "boolean" : "string"))]
    if let allowed = p.allowed { schema.append(("enum", .array(allowed.map(JSONValue.string)))) }
    if let d = p.defaultValue {
      schema.append(("default", p.kind == .flag ? .bool(d == "true") : .string(d)))
    }
    var help = p.help
    if p.repeating { help += " Several values: repeat the parameter or separate them by commas." }
    return .object([
      ("name", .string(p.name)), ("in", .string("query")), ("required", .bool(p.required)),
      ("description", .string(help)), ("schema", .object(schema)),
    ])
  }

  static func get(_ id: String, _ summary: String) -> JSONValue {
    .object([
      (
        "get",
        .object([
          ("operationId", .string(id)), ("summary", .string(summary)),
          ("responses", responses(summary)),
        ])
      )
    ])
  }

  static func responses(_ ok: String) -> JSONValue {
    .object([
      (
        "200",
        .object([
          ("description", .string(ok)),
          (
            "content",
            .object([
              ("application/json", .object([("schema", .object([("type", .string("object"))]))]))
            ])
          ),
        ])
      ),
      ("400", ref("Error")), ("404", ref("Error")), ("422", ref("Error")), ("429", ref("Error")),
      ("503", ref("Error")),
    ])
  }

  static func ref(_ name: String) -> JSONValue {
    .object([("$ref", .string("#/components/responses/\(name)"))])
  }
}
