def crud(model: str) -> tuple[str, ...]:
    """The add, change, delete and view permissions of "app_label.model"."""
    app_label, name = model.split(".")
    return tuple(f"{app_label}.{action}_{name}" for action in ("add", "change", "delete", "view"))
