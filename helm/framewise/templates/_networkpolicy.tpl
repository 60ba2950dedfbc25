{{/*
NetworkPolicies: one per component. Ingress is closed but for what a component serves: gateway-svc's HTTP port (to
networkPolicy.gateway.from, or anyone), status-svc's HTTP port (to gateway-svc only), and every management port (to
networkPolicy.management.from and the helm test pod). Egress is DNS, Kafka, the S3 API (and PostgreSQL for the services
that use it) on their ports, plus what only gateway-svc does: status-svc, webhooks, URL imports and mail.
*/}}

{{/* The TCP port a URL names, or its scheme's (443 for https, else 80). */}}
{{- define "framewise.urlPort" -}}
{{- $url := urlParse . -}}
{{- $hostPort := splitList ":" $url.host -}}
{{- if gt (len $hostPort) 1 -}}
{{- last $hostPort -}}
{{- else -}}
{{- ternary "443" "80" (eq $url.scheme "https") -}}
{{- end -}}
{{- end -}}

{{/* The Kafka ports, as a JSON list: networkPolicy.kafka.ports, else those of kafka.bootstrapServers. */}}
{{- define "framewise.kafka.ports" -}}
{{- $ports := list -}}
{{- range .Values.networkPolicy.kafka.ports -}}
{{- $ports = append $ports (int .) -}}
{{- end -}}
{{- if not $ports -}}
{{- range splitList "," .Values.kafka.bootstrapServers -}}
{{- $ports = append $ports (last (splitList ":" (trim .)) | int) -}}
{{- end -}}
{{- end -}}
{{- $ports | uniq | toJson -}}
{{- end -}}

{{/* The S3 API's ports, as a JSON list: networkPolicy.storage.ports, else storage.endpoint's (AWS S3: 443). */}}
{{- define "framewise.storage.ports" -}}
{{- $ports := list -}}
{{- range .Values.networkPolicy.storage.ports -}}
{{- $ports = append $ports (int .) -}}
{{- end -}}
{{- if not $ports -}}
{{- $ports = list (ternary (include "framewise.urlPort" .Values.storage.endpoint) "443" (not (empty .Values.storage.endpoint)) | int) -}}
{{- end -}}
{{- $ports | toJson -}}
{{- end -}}

{{/* One egress rule: (dict "to" <peer list or empty: anywhere> "ports" <list of TCP ports>). */}}
{{- define "framewise.networkPolicy.egressRule" -}}
- {{- with .to }}
  to:
    {{- toYaml . | nindent 4 }}
  {{- end }}
  ports:
    {{- range .ports }}
    - port: {{ . }}
      protocol: TCP
    {{- end }}
{{- end -}}

{{/* The peer that is the helm test pod. */}}
{{- define "framewise.networkPolicy.testPeer" -}}
- podSelector:
    matchLabels:
      {{- include "framewise.selectorLabels" (dict "context" . "component" "helm-test") | nindent 6 }}
{{- end -}}

{{/* DNS and Kafka: what every pod of the chart needs. Takes the root context. */}}
{{- define "framewise.networkPolicy.baseEgress" -}}
- ports:
    - port: 53
      protocol: UDP
    - port: 53
      protocol: TCP
{{ include "framewise.networkPolicy.egressRule" (dict "to" .Values.networkPolicy.kafka.to "ports" (include "framewise.kafka.ports" . | fromJsonArray)) }}
{{- end -}}

{{/*
One service's NetworkPolicy. Takes (dict "context" $ "component" "gif-svc" "values" .Values.gif), plus "httpFrom":
"anyone" (gateway-svc), "gateway" (status-svc) or nothing (the workers: no one calls them); "database" true (gets
PostgreSQL); "gateway" true (gateway-svc's own egress).
*/}}
{{- define "framewise.networkPolicy" -}}
{{- $ctx := .context -}}
{{- $np := $ctx.Values.networkPolicy -}}
{{- if $np.enabled }}
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: {{ include "framewise.componentName" . }}
  namespace: {{ include "framewise.namespace" $ctx | quote }}
  labels:
    {{- include "framewise.labels" . | nindent 4 }}
spec:
  podSelector:
    matchLabels:
      {{- include "framewise.selectorLabels" . | nindent 6 }}
  policyTypes:
    - Ingress
    - Egress
  ingress:
    {{- if eq (toString .httpFrom) "anyone" }}
    - ports:
        - port: http
          protocol: TCP
      {{- with $np.gateway.from }}
      from:
        {{- toYaml . | nindent 8 }}
        {{- include "framewise.networkPolicy.testPeer" $ctx | nindent 8 }}
      {{- end }}
    {{- else if eq (toString .httpFrom) "gateway" }}
    - ports:
        - port: http
          protocol: TCP
      from:
        - podSelector:
            matchLabels:
              {{- include "framewise.selectorLabels" (dict "context" $ctx "component" "gateway-svc") | nindent 14 }}
    {{- end }}
    - ports:
        - port: management
          protocol: TCP
      from:
        {{- with $np.management.from }}
        {{- toYaml . | nindent 8 }}
        {{- end }}
        {{- include "framewise.networkPolicy.testPeer" $ctx | nindent 8 }}
  egress:
    {{- include "framewise.networkPolicy.baseEgress" $ctx | nindent 4 }}
    {{- include "framewise.networkPolicy.egressRule" (dict "to" $np.storage.to "ports" (include "framewise.storage.ports" $ctx | fromJsonArray)) | nindent 4 }}
    {{- if .database }}
    {{- include "framewise.networkPolicy.egressRule" (dict "to" $np.postgresql.to "ports" (list $ctx.Values.postgresql.port)) | nindent 4 }}
    {{- end }}
    {{- if .gateway }}
    - to:
        - podSelector:
            matchLabels:
              {{- include "framewise.selectorLabels" (dict "context" $ctx "component" "status-svc") | nindent 14 }}
      ports:
        - port: {{ $ctx.Values.status.containerPort }}
          protocol: TCP
    {{- $outside := $np.gateway.egressPorts -}}
    {{- if $ctx.Values.gateway.mail.enabled }}
    {{- $outside = append $outside $ctx.Values.gateway.mail.smtp.port -}}
    {{- end }}
    {{- with $outside }}
    {{- include "framewise.networkPolicy.egressRule" (dict "ports" (uniq .)) | nindent 4 }}
    {{- end }}
    {{- end }}
    {{- with $ctx.Values.tracing.endpoint }}
    {{- include "framewise.networkPolicy.egressRule" (dict "ports" (list (include "framewise.urlPort" .))) | nindent 4 }}
    {{- end }}
    {{- with $np.extraEgress }}
    {{- toYaml . | nindent 4 }}
    {{- end }}
{{- end }}
{{- end -}}
