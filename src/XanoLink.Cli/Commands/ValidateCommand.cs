using System.CommandLine;
using XanoLink.Cli.Infrastructure;
using XanoLink.Diagnostics;
using XanoLink.Files;
using XanoLink.Model;
using XanoLink.Validation;

namespace XanoLink.Cli.Commands;

internal sealed record ValidateOptions(string Workspace, string Format);

/// <summary><c>xanolink validate</c>: every check of format.md, as MSBuild-style lines or one JSON document.</summary>
internal static class ValidateCommand
{
    public static Command Create(CliConsole console)
    {
        var workspace = CommonOptions.Workspace();
        var format = CommonOptions.Format("text", "json");
        var command = new Command("validate", "Check a workspace and its link manifest; exit 1 when there are errors.") { workspace, format };
        command.SetAction(parse => Run(console, new ValidateOptions(
            WorkspaceLocator.Locate(parse.GetValue(workspace), console.CurrentDirectory),
            parse.GetValue(format)!)));
        return command;
    }

    public static int Run(CliConsole console, ValidateOptions options)
    {
        var report = WorkspaceValidation.Run(new FolderFileSource(options.Workspace));
        if (options.Format == "json")
        {
            JsonOutput.Write(console.Out, new
            {
                diagnostics = report.Diagnostics.Select(d => new
                {
                    severity = d.Severity == Severity.Error ? "error" : "warning",
                    code = d.Code,
                    file = d.File,
                    line = d.Line,
                    column = d.Column,
                    message = d.Message,
                }),
                errors = report.Errors,
                warnings = report.Warnings,
            });
        }
        else
        {
            foreach (var diagnostic in report.Diagnostics)
            {
                var line = diagnostic.ToString();
                console.Out.WriteLine(diagnostic.Severity == Severity.Error ? console.Paint(line, "31") : console.Paint(line, "33"));
            }

            console.Out.WriteLine(Summary(report));
        }

        return report.HasErrors ? 1 : 0;
    }

    private static string Summary(ValidationReport report)
    {
        var ws = report.Workspace;
        var counts = ItemKinds.All
            .Select(k => (Kind: k, Count: ws.OfKind(k).Count()))
            .Where(x => x.Count > 0)
            .Select(x => $"{x.Count} {Plural(x.Kind.DisplayName(), x.Count)}");
        var records = ws.Records.Values.Sum(r => r.Records.Count);
        var name = ws.Info?.Name is { Length: > 0 } n ? n : ws.Source;
        var lines = new List<string>
        {
            $"Workspace {name}: {ws.Objects.Count} {Plural("object", ws.Objects.Count)} ({string.Join(", ", counts)}), {records} {Plural("record", records)} in {ws.Records.Count} {Plural("table", ws.Records.Count)}",
        };
        if (report.Selection is { } selection)
        {
            lines.Add($"Link manifest: {selection.Selected.Count} {Plural("item", selection.Selected.Count)} selected ({selection.Explicit.Count} chosen, {selection.AutoIncluded.Count} auto-included), records of {selection.Records.Count} {Plural("table", selection.Records.Count)}, {report.Manifest!.Tenants.Count} {Plural("tenant", report.Manifest!.Tenants.Count)}");
        }

        lines.Add(report.HasErrors || report.Warnings > 0
            ? $"{report.Errors} error(s), {report.Warnings} warning(s)"
            : "Valid: 0 errors, 0 warnings");
        return string.Join('\n', lines);
    }

    private static string Plural(string noun, int count) => count == 1 ? noun : noun + "s";
}
