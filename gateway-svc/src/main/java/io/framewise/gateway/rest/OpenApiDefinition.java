package io.framewise.gateway.rest;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The OpenAPI document's header (/q/openapi, /q/swagger-ui) and the API-key scheme of write requests. */
@OpenAPIDefinition(info = @Info(title = "Framewise API", version = "1",
        description = "Upload videos, follow their processing, search their labels, get notified. Every error is "
                + "JSON {\"Code\", \"Message\"}.",
        license = @License(name = "MIT")))
@SecurityScheme(securitySchemeName = "apiKey", type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.HEADER,
        apiKeyName = "X-Api-Key", description = "Required on POST and DELETE unless framewise.gateway.auth.enabled=false")
public class OpenApiDefinition extends Application {
}
