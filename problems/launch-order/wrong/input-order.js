// Mistake: returns the tasks in the order given, ignoring dependencies.
function launchOrder(tasks, deps) {
  return tasks.slice();
}
