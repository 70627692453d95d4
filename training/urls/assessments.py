"""Training routes: the assessments part (the member's own pages only)."""

from django.urls import path

from ..views import assessments as views

urlpatterns: list = [
    path("self-assessment/", views.self_assessment, name="self_assessment"),
    path("self-assessment/result/", views.self_assessment_result, name="self_assessment_result"),
    path("self-assessment/history/", views.self_assessment_history, name="self_assessment_history"),
    path("learning-plan/", views.learning_plan, name="learning_plan"),
    path("learning-plan/add/", views.learning_plan_add, name="learning_plan_add"),
    path("learning-plan/<int:pk>/remove/", views.learning_plan_remove, name="learning_plan_remove"),
    path("learning-plan/<int:pk>/done/", views.learning_plan_done, name="learning_plan_done"),
]
