using Newtonsoft.Json.Linq;
using XanoLink.Diagnostics;
using XanoLink.Model;

namespace XanoLink.Validation;

/// <summary>Function stacks: inputs, steps at any depth, and the extras of endpoints, tasks and triggers.</summary>
internal static class StackRules
{
    public static void Check(WorkspaceObject obj, SpecChecker checker, List<Diagnostic> diagnostics)
    {
        var where = $"{obj.Kind.DisplayName()} '{obj.Name}'";
        FieldRules.Check(obj, obj.Json, "inputs", where, checker, diagnostics);
        CheckSteps(obj, obj.Json, "steps", where, checker, diagnostics);

        switch (obj.Kind)
        {
            case ItemKind.Api when obj.Json["path"] is JValue { Type: JTokenType.String } path && !((string)path!).StartsWith('/'):
                diagnostics.Add(DiagnosticCatalog.InvalidValue.At(obj.PositionOf(path), $"the path of {where} is \"{(string)path!}\"; it must start with '/'"));
                break;
            case ItemKind.Task when obj.Json["schedule"] is JObject schedule:
                checker.Check(schedule, FormatSpecs.Schedule, $"the schedule of {where}");
                if (schedule["start"] is JValue { Type: JTokenType.String } start && !DateTimeOffset.TryParse((string)start!, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.RoundtripKind, out _))
                {
                    diagnostics.Add(DiagnosticCatalog.InvalidValue.At(obj.PositionOf(start), $"the schedule start of {where} is \"{(string)start!}\"; use an ISO 8601 time such as 2026-01-01T02:00:00Z"));
                }

                break;
            case ItemKind.Trigger:
                foreach (var (action, token) in checker.Strings(obj.Json, "actions", where))
                {
                    if (!FormatSpecs.TriggerActions.Contains(action))
                    {
                        diagnostics.Add(DiagnosticCatalog.InvalidValue.At(obj.PositionOf(token), $"{where} has action \"{action}\"; use any of: {string.Join(", ", FormatSpecs.TriggerActions)}"));
                    }
                }

                break;
        }
    }

    private static void CheckSteps(WorkspaceObject obj, JObject owner, string property, string where, SpecChecker checker, List<Diagnostic> diagnostics)
    {
        foreach (var (step, i) in checker.Objects(owner, property, "step"))
        {
            var op = StepOps.Find(step["op"]?.Type == JTokenType.String ? (string)step["op"]! : null);
            var label = $"step {i + 1}{(op is null ? "" : $" ({op.DisplayName})")} of {where}";
            checker.Check(step, FormatSpecs.Step, label);
            if (op is not null)
            {
                foreach (var required in new[] { op.TableProperty, op.FunctionProperty, op.AddonProperty })
                {
                    if (required is not null && step.Property(required, StringComparison.Ordinal) is null)
                    {
                        diagnostics.Add(DiagnosticCatalog.MissingProperty.At(obj.PositionOf(step), $"{label} has no '{required}'; a {op.Op} step names its {required}"));
                    }
                }

                if (op.AddonsList)
                {
                    checker.RequireStrings(step, "addons", label);
                }
            }

            foreach (var nested in StepOps.NestedStepProperties)
            {
                CheckSteps(obj, step, nested, label, checker, diagnostics);
            }
        }
    }
}
