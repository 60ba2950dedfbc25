{{/* One service's PodDisruptionBudget. Takes (dict "context" $ "component" "gif-svc" "values" .Values.gif). */}}
{{- define "framewise.pdb" -}}
{{- $pdb := .values.pdb -}}
{{- if $pdb.create }}
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: {{ include "framewise.componentName" . }}
  namespace: {{ include "framewise.namespace" .context | quote }}
  labels:
    {{- include "framewise.labels" . | nindent 4 }}
spec:
  {{- if not (eq (toString $pdb.minAvailable) "") }}
  minAvailable: {{ $pdb.minAvailable }}
  {{- else if not (eq (toString $pdb.maxUnavailable) "") }}
  maxUnavailable: {{ $pdb.maxUnavailable }}
  {{- else }}
  maxUnavailable: 1
  {{- end }}
  selector:
    matchLabels:
      {{- include "framewise.selectorLabels" . | nindent 6 }}
{{- end }}
{{- end -}}

{{/* A worker's CPU HorizontalPodAutoscaler, unless KEDA scales it. Takes the component dict. */}}
{{- define "framewise.hpa" -}}
{{- if include "framewise.hpaScaled" . }}
{{- $hpa := .values.autoscaling.hpa -}}
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: {{ include "framewise.componentName" . }}
  namespace: {{ include "framewise.namespace" .context | quote }}
  labels:
    {{- include "framewise.labels" . | nindent 4 }}
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: {{ include "framewise.componentName" . }}
  minReplicas: {{ $hpa.minReplicas }}
  maxReplicas: {{ $hpa.maxReplicas }}
  metrics:
    - type: Resource
      resource:
        name: cpu
        target:
          type: Utilization
          averageUtilization: {{ $hpa.targetCPU }}
{{- end }}
{{- end -}}

{{/*
KEDA ScaledObject on the Kafka consumer lag of the component's group (= the component name) on its input topic.
Takes the component dict plus "topic".
*/}}
{{- define "framewise.scaledObject" -}}
{{- if include "framewise.kedaScaled" . }}
{{- $keda := .context.Values.keda -}}
apiVersion: keda.sh/v1alpha1
kind: ScaledObject
metadata:
  name: {{ include "framewise.componentName" . }}
  namespace: {{ include "framewise.namespace" .context | quote }}
  labels:
    {{- include "framewise.labels" . | nindent 4 }}
spec:
  scaleTargetRef:
    name: {{ include "framewise.componentName" . }}
  pollingInterval: {{ $keda.pollingInterval }}
  cooldownPeriod: {{ $keda.cooldownPeriod }}
  minReplicaCount: {{ .values.keda.minReplicas }}
  maxReplicaCount: {{ .values.keda.maxReplicas }}
  triggers:
    - type: kafka
      metadata:
        bootstrapServers: {{ .context.Values.kafka.bootstrapServers | quote }}
        consumerGroup: {{ .component }}
        topic: {{ .topic }}
        lagThreshold: {{ .values.keda.lagThreshold | quote }}
        offsetResetPolicy: earliest
      {{- with $keda.authenticationRef }}
      authenticationRef:
        name: {{ . }}
      {{- end }}
{{- end }}
{{- end -}}
