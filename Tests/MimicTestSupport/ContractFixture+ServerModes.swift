extension ContractFixture {
    /// A contract for the server-wide modes (`--dynamic`, `--errors`, `--validate-responses`): `/thing` answers an
    /// example that keeps its schema, `/plain` an example without a schema, and `/broken` examples that break
    /// theirs (`gone` is not one of its `state` enum; `number` is not an object).
    public static let serverModes = """
        openapi: 3.0.3
        info: {title: modes, version: '1'}
        paths:
          /thing:
            get:
              responses:
                '200':
                  description: OK
                  content:
                    application/json:
                      schema: {type: object, properties: {id: {type: integer, minimum: 100}}, required: [id]}
                      example: {id: 700}
          /plain:
            get:
              responses:
                '200':
                  description: OK
                  content:
                    application/json:
                      example: {title: Work}
          /broken:
            get:
              responses:
                '200':
                  description: OK
                  content:
                    application/json:
                      schema: {type: object, properties: {state: {type: string, enum: [placed, delivered]}}}
                      examples:
                        gone: {value: {state: gone, extra: 1}}
                        number: {value: 123}
        """
}
