{{/*
One service's Deployment. Takes (dict "context" $ "component" "gif-svc" "values" .Values.gif), plus optionally
"database" true (gets the PostgreSQL settings), "reactiveDatabase" true (also the reactive client's URL: status-svc's
Hibernate Reactive; gateway-svc's blocking ORM reads JDBC only) and "env" (a list of EnvVar dicts only this service
needs).
*/}}
{{- define "framewise.deployment" -}}
{{- $ctx := .context -}}
{{- $values := .values -}}
{{- $name := include "framewise.componentName" . -}}
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ $name }}
  namespace: {{ include "framewise.namespace" $ctx | quote }}
  labels:
    {{- include "framewise.labels" . | nindent 4 }}
spec:
  {{- if not (or (include "framewise.hpaScaled" .) (include "framewise.kedaScaled" .)) }}
  replicas: {{ $values.replicaCount }}
  {{- end }}
  revisionHistoryLimit: {{ $ctx.Values.revisionHistoryLimit }}
  selector:
    matchLabels:
      {{- include "framewise.selectorLabels" . | nindent 6 }}
  template:
    metadata:
      labels:
        {{- include "framewise.labels" . | nindent 8 }}
      annotations:
        checksum/config: {{ include (print $ctx.Template.BasePath "/configmap.yaml") $ctx | sha256sum }}
        checksum/secret: {{ include (print $ctx.Template.BasePath "/secret.yaml") $ctx | sha256sum }}
        {{- if $ctx.Values.metrics.scrapeAnnotations }}
        prometheus.io/scrape: "true"
        prometheus.io/path: /q/metrics
        prometheus.io/port: {{ $values.managementPort | quote }}
        {{- end }}
        {{- with $values.podAnnotations }}
        {{- toYaml . | nindent 8 }}
        {{- end }}
    spec:
      serviceAccountName: {{ include "framewise.serviceAccountName" $ctx }}
      automountServiceAccountToken: {{ $ctx.Values.serviceAccount.automountServiceAccountToken }}
      {{- with $ctx.Values.image.pullSecrets }}
      imagePullSecrets:
        {{- range . }}
        - name: {{ . }}
        {{- end }}
      {{- end }}
      securityContext:
        {{- toYaml $ctx.Values.podSecurityContext | nindent 8 }}
      terminationGracePeriodSeconds: {{ $ctx.Values.terminationGracePeriodSeconds }}
      containers:
        - name: {{ .component }}
          image: {{ include "framewise.image" . }}
          imagePullPolicy: {{ $ctx.Values.image.pullPolicy }}
          securityContext:
            {{- toYaml $ctx.Values.containerSecurityContext | nindent 12 }}
          ports:
            - name: http
              containerPort: {{ $values.containerPort }}
              protocol: TCP
            {{- /* /q/* (health, metrics, OpenAPI): Quarkus' management interface, for probes and Prometheus. */}}
            - name: management
              containerPort: {{ $values.managementPort }}
              protocol: TCP
          envFrom:
            - configMapRef:
                name: {{ include "framewise.fullname" $ctx }}
          env:
            - name: QUARKUS_HTTP_PORT
              value: {{ $values.containerPort | quote }}
            - name: QUARKUS_MANAGEMENT_PORT
              value: {{ $values.managementPort | quote }}
            {{- /* No static keys: the AWS SDK's default credential chain (IRSA through the ServiceAccount's role). */}}
            {{- if include "framewise.storage.staticKeys" $ctx }}
            - name: FRAMEWISE_STORAGE_ACCESS_KEY
              valueFrom:
                secretKeyRef:
                  name: {{ include "framewise.storage.secretName" $ctx }}
                  key: {{ include "framewise.storage.accessKeyKey" $ctx }}
            - name: FRAMEWISE_STORAGE_SECRET_KEY
              valueFrom:
                secretKeyRef:
                  name: {{ include "framewise.storage.secretName" $ctx }}
                  key: {{ include "framewise.storage.secretKeyKey" $ctx }}
            {{- end }}
            {{- include "framewise.kafka.env" (dict "context" $ctx "secretName" (include "framewise.kafka.secretName" $ctx)) | nindent 12 }}
            {{- if .database }}
            {{- include "framewise.postgresql.env" (dict "context" $ctx "reactive" .reactiveDatabase) | nindent 12 }}
            {{- end }}
            - name: JAVA_OPTS_APPEND
              value: {{ $values.javaOpts | quote }}
            {{- with .env }}
            {{- toYaml . | nindent 12 }}
            {{- end }}
            {{- with $values.extraEnvVars }}
            {{- toYaml . | nindent 12 }}
            {{- end }}
          resources:
            {{- toYaml $values.resources | nindent 12 }}
          {{- if $ctx.Values.startupProbe.enabled }}
          startupProbe:
            httpGet:
              path: /q/health/live
              port: management
            {{- toYaml (omit $ctx.Values.startupProbe "enabled") | nindent 12 }}
          {{- end }}
          livenessProbe:
            httpGet:
              path: /q/health/live
              port: management
            {{- toYaml $ctx.Values.livenessProbe | nindent 12 }}
          readinessProbe:
            httpGet:
              path: /q/health/ready
              port: management
            {{- toYaml $ctx.Values.readinessProbe | nindent 12 }}
          volumeMounts:
            - name: tmp
              mountPath: /tmp
            {{- include "framewise.kafka.caMount" $ctx | nindent 12 }}
      volumes:
        {{- include "framewise.kafka.caVolume" $ctx | nindent 8 }}
        - name: tmp
          {{- /* A service's own tmpVolume.sizeLimit (a worker's scratch space) wins over the shared one. */}}
          {{- with (dig "tmpVolume" "sizeLimit" "" $values | default $ctx.Values.tmpVolume.sizeLimit) }}
          emptyDir:
            sizeLimit: {{ . }}
          {{- else }}
          emptyDir: {}
          {{- end }}
      {{- with $values.nodeSelector }}
      nodeSelector:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      {{- with $values.tolerations }}
      tolerations:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      {{- with $values.affinity }}
      affinity:
        {{- toYaml . | nindent 8 }}
      {{- end }}
{{- end -}}

{{/* PostgreSQL settings for status-svc and gateway-svc (Quarkus' JDBC datasource, and with "reactive" true its
reactive client). Takes (dict "context" $ "reactive" true). */}}
{{- define "framewise.postgresql.env" -}}
{{- $pg := .context.Values.postgresql -}}
{{- if .reactive }}
- name: QUARKUS_DATASOURCE_REACTIVE_URL
  value: {{ printf "postgresql://%s:%v/%s" $pg.host $pg.port $pg.database | quote }}
{{- end }}
- name: QUARKUS_DATASOURCE_JDBC_URL
  value: {{ printf "jdbc:postgresql://%s:%v/%s" $pg.host $pg.port $pg.database | quote }}
- name: QUARKUS_DATASOURCE_USERNAME
  value: {{ $pg.username | quote }}
- name: QUARKUS_DATASOURCE_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ include "framewise.postgresql.secretName" .context }}
      key: {{ include "framewise.postgresql.passwordKey" .context }}
{{- end -}}

{{/* One service's Service. Takes (dict "context" $ "component" "gif-svc" "values" .Values.gif). */}}
{{- define "framewise.service" -}}
{{- $svc := .values.service -}}
apiVersion: v1
kind: Service
metadata:
  name: {{ include "framewise.componentName" . }}
  namespace: {{ include "framewise.namespace" .context | quote }}
  labels:
    {{- include "framewise.labels" . | nindent 4 }}
  {{- with $svc.annotations }}
  annotations:
    {{- toYaml . | nindent 4 }}
  {{- end }}
spec:
  type: {{ $svc.type }}
  selector:
    {{- include "framewise.selectorLabels" . | nindent 4 }}
  ports:
    - name: http
      port: {{ $svc.port }}
      targetPort: http
      protocol: TCP
      {{- if and (has $svc.type (list "NodePort" "LoadBalancer")) $svc.nodePort }}
      nodePort: {{ $svc.nodePort }}
      {{- end }}
{{- end -}}

{{/*
One service's management Service (ClusterIP, the /q/* port only), for the ServiceMonitor and the helm test. Kept apart
from the service's own Service, which a NodePort or LoadBalancer type (or an Ingress) exposes beyond the cluster.
Takes (dict "context" $ "component" "gif-svc" "values" .Values.gif).
*/}}
{{- define "framewise.managementService" -}}
apiVersion: v1
kind: Service
metadata:
  name: {{ include "framewise.managementName" . }}
  namespace: {{ include "framewise.namespace" .context | quote }}
  labels:
    {{- include "framewise.labels" . | nindent 4 }}
    framewise.io/interface: management
spec:
  type: ClusterIP
  selector:
    {{- include "framewise.selectorLabels" . | nindent 4 }}
  ports:
    - name: management
      port: {{ .values.managementPort }}
      targetPort: management
      protocol: TCP
{{- end -}}
