"""The Kubernetes manifests in deploy/k8s validate offline against the API schemas that
kubernetes-validate ships, and fit together and with the code (labels, names, commands, probes)."""

from pathlib import Path

import kubernetes_validate
import pytest
import yaml
from django.core.management import get_commands
from django.test import Client
from django.urls import resolve

K8S = Path(__file__).resolve().parents[2] / "deploy" / "k8s"
# The oldest Kubernetes still supported upstream when written, and the newest schemas shipped.
VERSIONS = ["1.30", kubernetes_validate.utils.latest_version()]


def load(name):
    with open(K8S / name) as manifest:
        return [doc for doc in yaml.safe_load_all(manifest) if doc]


def kustomization():
    return load("kustomization.yaml")[0]


def applied():
    """Every resource `kubectl apply -k deploy/k8s` creates, plus the example Secret."""
    resources = [doc for name in kustomization()["resources"] for doc in load(name)]
    return resources + load("secret.example.yaml")


def by_kind(kind):
    return {doc["metadata"]["name"]: doc for doc in applied() if doc["kind"] == kind}


def pod_specs():
    for doc in applied():
        spec = doc.get("spec", {})
        if doc["kind"] == "CronJob":
            yield doc, spec["jobTemplate"]["spec"]["template"]["spec"]
        elif "template" in spec:
            yield doc, spec["template"]["spec"]


def test_kustomization_lists_every_manifest():
    on_disk = {path.name for path in K8S.glob("*.yaml")}
    assert set(kustomization()["resources"]) == on_disk - {
        "kustomization.yaml",
        "secret.example.yaml",
    }


@pytest.mark.parametrize("version", VERSIONS)
def test_manifests_validate_against_the_api_schemas(version):
    resources = applied()
    assert {doc["kind"] for doc in resources} >= {
        "Deployment",
        "Service",
        "HorizontalPodAutoscaler",
        "CronJob",
        "Job",
        "Ingress",
        "ConfigMap",
        "Secret",
    }
    for doc in resources:
        # strict: an unknown or misspelt field is an error, not silently ignored.
        kubernetes_validate.validate(doc, version, strict=True)


def test_validation_catches_a_misspelt_field():
    deployment = by_kind("Deployment")["asean-portal-web"]
    broken = {**deployment, "spec": {**deployment["spec"], "replica": 2}}
    with pytest.raises(kubernetes_validate.ValidationError):
        kubernetes_validate.validate(broken, VERSIONS[-1], strict=True)


def test_services_and_autoscaler_target_the_web_pods():
    web = by_kind("Deployment")["asean-portal-web"]
    pod_labels = web["spec"]["template"]["metadata"]["labels"]
    service = by_kind("Service")["asean-portal-web"]
    assert service["spec"]["selector"].items() <= pod_labels.items()
    hpa = by_kind("HorizontalPodAutoscaler")["asean-portal-web"]
    assert hpa["spec"]["scaleTargetRef"]["name"] == "asean-portal-web"
    assert hpa["spec"]["minReplicas"] >= 2
    ingress = by_kind("Ingress")["asean-portal"]
    backend = ingress["spec"]["rules"][0]["http"]["paths"][0]["backend"]["service"]
    assert backend["name"] == "asean-portal-web"
    assert backend["port"]["name"] in {port["name"] for port in service["spec"]["ports"]}


def test_every_pod_reads_the_config_map_and_the_secret():
    config_maps, secrets = by_kind("ConfigMap"), by_kind("Secret")
    specs = list(pod_specs())
    assert {doc["metadata"]["name"] for doc, _ in specs} == {
        "asean-portal-web",
        "asean-portal-worker",
        "asean-portal-migrate",
        "asean-portal-publish-scheduled",
        "asean-portal-send-pending-alerts",
        "asean-portal-purge-feedback",
        "asean-portal-send-reminders",
        "asean-portal-send-embargoed-releases",
        "asean-portal-purge-reporters",
    }
    for doc, spec in specs:
        for container in spec["containers"]:
            sources = container["envFrom"]
            assert {s["configMapRef"]["name"] for s in sources if "configMapRef" in s} <= set(
                config_maps
            ), doc["metadata"]["name"]
            assert {s["secretRef"]["name"] for s in sources if "secretRef" in s} <= set(secrets)
            assert len(sources) == 2


def test_containers_run_commands_that_exist():
    commands = get_commands()
    for doc, spec in pod_specs():
        for container in spec["containers"]:
            command = container["command"]
            if command[0] == "python":
                assert command[1] == "manage.py"
                assert command[2] in commands, f"{doc['metadata']['name']}: {command}"
                for option in command[3:]:
                    if option.startswith("--then="):
                        assert option.removeprefix("--then=") in commands
            else:
                assert command == ["gunicorn", "-c", "deploy/gunicorn.conf.py"]
                assert (K8S.parent / "gunicorn.conf.py").exists()


@pytest.mark.django_db
def test_probes_call_the_health_views_with_an_allowed_host(settings):
    web = by_kind("Deployment")["asean-portal-web"]["spec"]["template"]["spec"]
    container = web["containers"][0]
    config = by_kind("ConfigMap")["asean-portal-config"]["data"]
    settings.ALLOWED_HOSTS = config["ALLOWED_HOSTS"].split(",")
    paths = {}
    for probe in ("readinessProbe", "livenessProbe", "startupProbe"):
        get = container[probe]["httpGet"]
        paths[probe] = get["path"]
        host = {h["name"]: h["value"] for h in get["httpHeaders"]}["Host"]
        # What the kubelet would see: 200 from the pod itself, not a DisallowedHost 400.
        assert Client().get(get["path"], HTTP_HOST=host).status_code == 200
    assert resolve(paths["readinessProbe"]).url_name == "readyz"
    assert resolve(paths["livenessProbe"]).url_name == "healthz"


def test_migrations_and_scheduled_publishing_never_run_twice_at_once():
    job = by_kind("Job")["asean-portal-migrate"]
    command = job["spec"]["template"]["spec"]["containers"][0]["command"]
    assert command[2] == "migrate_once"
    assert "--then=setup_editorial_workflow" in command
    cron_jobs = by_kind("CronJob")
    assert cron_jobs["asean-portal-publish-scheduled"]["spec"]["schedule"] == "* * * * *"
    reminders = cron_jobs["asean-portal-send-reminders"]["spec"]
    assert reminders["schedule"] == "0 7 * * *" and reminders["timeZone"] == "Asia/Ho_Chi_Minh"
    (container,) = reminders["jobTemplate"]["spec"]["template"]["spec"]["containers"]
    assert container["command"] == ["python", "manage.py", "send_reminders"]
    for cron in cron_jobs.values():
        assert cron["spec"]["concurrencyPolicy"] == "Forbid"
