using System.CommandLine;
using XanoLink.Cli.Infrastructure;
using XanoLink.Diff;
using XanoLink.Diff.Formatting;
using XanoLink.Files;
using XanoLink.Model;

namespace XanoLink.Cli.Commands;

internal sealed record DiffCommandOptions(string? Left, string? Right, string? Item, string Format, bool ExitCode, string? Workspace);

/// <summary><c>xanolink diff</c>: item-level differences between two workspace sides, as text, json, markdown or html.</summary>
internal static class DiffCommand
{
    public static Command Create(CliConsole console, ISideResolver? sides = null)
    {
        var left = new Argument<string?>("LEFT") { Description = "The left side: a branch, tag or commit, a folder, PATH@REF or tenant:NAME[@REF] (default: the live branch).", Arity = ArgumentArity.ZeroOrOne };
        var right = new Argument<string?>("RIGHT") { Description = "The right side, in the same forms (default: the workspace folder on disk).", Arity = ArgumentArity.ZeroOrOne };
        var item = new Option<string?>("--item") { Description = "Only this item, by key (api:orders/create_order, table:product, or manifest)." };
        var format = CommonOptions.Format([.. DiffFormats.Names]);
        var exitCode = new Option<bool>("--exit-code") { Description = "Exit 1 when there are differences, like git diff --exit-code." };
        var workspace = CommonOptions.Workspace();
        var command = new Command("diff", "Compare two workspace sides item by item: fields, inputs, steps, indexes, records and properties.")
        {
            left, right, item, format, exitCode, workspace,
        };
        command.SetAction(parse => Run(console, new DiffCommandOptions(
            parse.GetValue(left),
            parse.GetValue(right),
            parse.GetValue(item),
            parse.GetValue(format)!,
            parse.GetValue(exitCode),
            parse.GetValue(workspace)), sides));
        return command;
    }

    public static int Run(CliConsole console, DiffCommandOptions options, ISideResolver? sides = null)
    {
        using var owned = sides is null ? new GitSides() : null;
        sides ??= owned!;
        var leftSource = sides.Resolve(options.Left, SideRole.Left, options.Workspace, console.CurrentDirectory);
        var rightSource = sides.Resolve(options.Right, SideRole.Right, options.Workspace, console.CurrentDirectory);
        if (options.Item is { } key)
        {
            CheckItem(key, leftSource, rightSource);
        }

        var report = WorkspaceDiff.Compare(leftSource, rightSource, new DiffOptions(options.Item));
        foreach (var problem in report.Problems)
        {
            console.Error.WriteLine(problem.ToString());
        }

        console.Out.Write(DiffFormats.Format(options.Format, report, color: console.Color && options.Format == "text"));
        if (report.Problems.Count > 0)
        {
            return 1;
        }

        return options.ExitCode && report.HasDifferences ? 1 : 0;
    }

    private static void CheckItem(string key, IFileSource left, IFileSource right)
    {
        string path;
        if (key == WorkspaceDiff.ManifestKey)
        {
            path = "xanolink.json";
        }
        else if (ItemKey.TryParse(key, out var parsed))
        {
            path = ItemKinds.PathOf(parsed.Value.Kind, parsed.Value.Name);
        }
        else
        {
            throw new UsageException($"'{key}' is not an item key; write KIND:NAME, for example api:orders/create_order or table:product (or manifest)");
        }

        var records = path.EndsWith(".json", StringComparison.Ordinal) && path.StartsWith("tables/", StringComparison.Ordinal)
            ? path[..^".json".Length] + ".records.jsonl"
            : null;
        // A XanoScript object is keyed by its content, not its path: a side with .xs files may hold it anywhere.
        bool Has(IFileSource s) => s.Files().Any(f => f.Path == path || f.Path == records || Formats.ObjectFiles.FormatOf(f.Path) == WorkspaceFormat.XanoScript);
        if (!Has(left) && !Has(right))
        {
            throw new UsageException($"no item {key} on either side ({left.Description}, {right.Description}); check the key with 'xanolink deps' or the file list");
        }
    }
}
