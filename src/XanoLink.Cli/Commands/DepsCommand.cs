using System.CommandLine;
using XanoLink.Cli.Infrastructure;
using XanoLink.Diagnostics;
using XanoLink.Files;
using XanoLink.Model;
using XanoLink.Selection;
using XanoLink.Selection.Reports;
using XanoLink.Validation;

namespace XanoLink.Cli.Commands;

internal sealed record DepsOptions(string Workspace, IReadOnlyList<string> Items, bool Reverse, string Format);

/// <summary>
/// <c>xanolink deps</c>: the manifest's selection (no ITEM), the closure of ITEMs, or with --reverse what
/// depends on them. Manifest problems go to stderr as diagnostics (exit 1, output still printed); other
/// workspace errors only as a one-line warning, since validate is where they are reported.
/// </summary>
internal static class DepsCommand
{
    public static Command Create(CliConsole console)
    {
        var items = new Argument<string[]>("ITEM") { Description = "Item keys such as function:billing/calc_total (default: the manifest's selection).", Arity = ArgumentArity.ZeroOrMore };
        var reverse = new Option<bool>("--reverse") { Description = "Show what depends on the ITEMs instead of what they depend on." };
        var workspace = CommonOptions.Workspace();
        var format = CommonOptions.Format("text", "json", "mermaid", "dot");
        var command = new Command("deps", "Show the dependency-closed selection of the link manifest, the closure of ITEMs, or (--reverse) what uses them.") { items, reverse, workspace, format };
        command.SetAction(parse => Run(console, new DepsOptions(
            WorkspaceLocator.Locate(parse.GetValue(workspace), console.CurrentDirectory),
            parse.GetValue(items) ?? [],
            parse.GetValue(reverse),
            parse.GetValue(format)!)));
        return command;
    }

    public static int Run(CliConsole console, DepsOptions options)
    {
        var report = WorkspaceValidation.Run(new FolderFileSource(options.Workspace));
        var workspace = report.Workspace;
        var graph = DependencyGraph.Build(workspace);
        var manifestPath = workspace.Manifest?.Path ?? "xanolink.json";
        var manifestErrors = report.Diagnostics.Where(d => d.File == manifestPath && d.Severity == Severity.Error).ToArray();
        var otherErrors = report.Diagnostics.Count(d => d.File != manifestPath && d.Severity == Severity.Error);

        DepsView view;
        string heading;
        var usesManifest = options.Items.Count == 0;
        if (usesManifest)
        {
            if (options.Reverse)
            {
                throw new UsageException("--reverse needs ITEMs: name the items to look up, such as 'xanolink deps --reverse table:product'");
            }

            if (report.Selection is not { } selection)
            {
                if (manifestErrors.Length > 0)
                {
                    WriteDiagnostics(console, manifestErrors);
                    return 1;
                }

                throw new UsageException("no xanolink.json: pass ITEMs (such as 'xanolink deps function:billing/calc_total') or create a manifest");
            }

            view = DepsView.Of(selection, graph);
            heading = $"Selection of {manifestPath}: {selection.Selected.Count} items ({selection.Explicit.Count} chosen, {selection.AutoIncluded.Count} auto-included)";
        }
        else
        {
            var keys = options.Items.Select(i => Parse(workspace, i)).ToArray();
            if (options.Reverse)
            {
                view = DepsView.Dependents(keys, graph);
                heading = $"What uses {string.Join(", ", view.Roots)}: {view.Others.Count()} items";
            }
            else
            {
                var closure = Selector.Closure(graph, keys);
                view = DepsView.Of(closure, graph, withRecords: false);
                heading = $"Closure of {string.Join(", ", view.Roots)}: {closure.Selected.Count} items ({closure.AutoIncluded.Count} needed)";
            }
        }

        var output = options.Format switch
        {
            "json" => null,
            "mermaid" => DepsMermaidRenderer.Render(view),
            "dot" => DepsDotRenderer.Render(view),
            _ => DepsTextRenderer.Render(view, heading),
        };
        if (output is null)
        {
            JsonOutput.Write(console.Out, DepsJson.Of(view));
        }
        else
        {
            console.Out.Write(output);
        }

        if (otherErrors > 0)
        {
            console.Error.WriteLine($"xanolink: warning: the workspace has {otherErrors} validation error(s); deps shows what loaded and resolved (run 'xanolink validate' for details)");
        }

        if (usesManifest && manifestErrors.Length > 0)
        {
            WriteDiagnostics(console, manifestErrors);
            return 1;
        }

        return 0;
    }

    private static void WriteDiagnostics(CliConsole console, IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            console.Error.WriteLine(diagnostic.ToString());
        }
    }

    private static ItemKey Parse(Workspace workspace, string text)
    {
        var known = workspace.Objects.Select(o => o.Key.ToString()).ToArray();
        if (!ItemKey.TryParse(text, out var parsed))
        {
            // A bare name ("billing/calc_total") is a common slip: suggest the keys that carry it.
            var byName = workspace.Objects.Where(o => o.Name == text).Select(o => o.Key.ToString()).FirstOrDefault();
            var hint = byName is not null ? $"; did you mean '{byName}'?" : Suggestions.DidYouMean(text, known);
            var kinds = string.Join(", ", ItemKinds.All.Select(k => k.Prefix()));
            throw new UsageException($"'{text}' is not an item key; write KIND:NAME with KIND one of {kinds}, such as table:product{hint}");
        }

        var key = parsed.Value;
        if (!workspace.Contains(key))
        {
            throw new UsageException($"no {key.Kind.DisplayName()} '{key.Name}' in the workspace{Suggestions.DidYouMean(key.ToString(), known)}");
        }

        return key;
    }
}
