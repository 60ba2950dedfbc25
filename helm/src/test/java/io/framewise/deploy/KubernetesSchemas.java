package io.framewise.deploy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.lang.reflect.InvocationTargetException;
import java.util.Map;
import java.util.Set;

/**
 * Reads a rendered object as the Kubernetes API server would: through the model of its kind generated from the API's
 * OpenAPI document (the official Java client's {@code io.kubernetes.client.openapi.models}), whose
 * {@code validateJsonElement} refuses fields the API does not define, required fields left out and wrong types, at
 * every level. Custom resources (Prometheus operator, KEDA) have no model there: their kinds are listed and skipped.
 */
final class KubernetesSchemas {

    /** The custom resources the chart renders, by kind, with the apiVersion each must have. */
    static final Map<String, String> CUSTOM_RESOURCES = Map.of(
            "ServiceMonitor", "monitoring.coreos.com/v1",
            "ScaledObject", "keda.sh/v1alpha1");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> CORE_GROUPS = Set.of("", "apps", "batch", "policy", "autoscaling",
            "networking.k8s.io");

    private KubernetesSchemas() {
    }

    /** Whether the object's kind is a custom resource (not validated here). */
    static boolean isCustomResource(Map<String, Object> object) {
        return CUSTOM_RESOURCES.containsKey(String.valueOf(object.get("kind")));
    }

    /** Throws an AssertionError saying what the API would refuse; returns the model class it was read as. */
    static Class<?> validate(Map<String, Object> object) {
        Class<?> model = modelOf(String.valueOf(object.get("apiVersion")), String.valueOf(object.get("kind")));
        try {
            JsonElement json = JsonParser.parseString(JSON.writeValueAsString(object));
            model.getMethod("validateJsonElement", JsonElement.class).invoke(null, json);
            return model;
        } catch (InvocationTargetException e) {
            throw new AssertionError(object.get("kind") + "/" + Yamls.string(object, "metadata.name") + " is not valid for "
                    + model.getSimpleName() + ": " + e.getCause().getMessage(), e.getCause());
        } catch (ReflectiveOperationException | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** apps/v1 + Deployment → V1Deployment, autoscaling/v2 + HorizontalPodAutoscaler → V2HorizontalPodAutoscaler. */
    private static Class<?> modelOf(String apiVersion, String kind) {
        String group = apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
        String version = apiVersion.substring(apiVersion.indexOf('/') + 1);
        if (!CORE_GROUPS.contains(group)) {
            throw new AssertionError("no Kubernetes model for " + apiVersion + " " + kind
                    + ": a custom resource must be listed in KubernetesSchemas.CUSTOM_RESOURCES");
        }
        String name = "io.kubernetes.client.openapi.models." + Character.toUpperCase(version.charAt(0))
                + version.substring(1) + kind;
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new AssertionError("the Kubernetes API has no " + kind + " in " + apiVersion + " (" + name + ")", e);
        }
    }
}
