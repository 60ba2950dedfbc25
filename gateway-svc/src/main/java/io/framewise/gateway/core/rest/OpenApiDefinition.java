package io.framewise.gateway.core.rest;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The OpenAPI document's header (/q/openapi, /q/swagger-ui) and the API-key scheme every API request uses. */
@OpenAPIDefinition(info = @Info(title = "Framewise API", version = "1",
        description = "Upload videos, follow their processing, search their labels, get notified. Every error is "
                + "JSON {\"Code\", \"Message\"}.",
        license = @License(name = "MIT")),
        security = @SecurityRequirement(name = "apiKey"))
@SecurityScheme(securitySchemeName = "apiKey", type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.HEADER,
        apiKeyName = "X-Api-Key", description = "Every API request: a read key (GET) or a write key (everything, and all of /webhooks). "
                + "Not needed where framewise.gateway.auth.enabled=false, nor on GET with "
                + "framewise.gateway.auth.open-reads=true")
public class OpenApiDefinition extends Application {
}
