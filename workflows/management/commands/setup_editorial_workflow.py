from django.core.management.base import BaseCommand

from workflows.roles import WORKFLOW_NAME, setup_editorial_workflow


class Command(BaseCommand):
    help = "Create or update the editorial groups, their permissions and the review chain."

    def handle(self, *args, **options):
        workflow, groups = setup_editorial_workflow()
        self.stdout.write(
            self.style.SUCCESS(
                f"Workflow “{WORKFLOW_NAME}” with {workflow.tasks.count()} steps; "
                f"groups: {', '.join(groups)}."
            )
        )
