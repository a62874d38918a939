using CsCheck;
using Newtonsoft.Json.Linq;
using XanoLink.Diff;
using XanoLink.Json;

namespace XanoLink.Core.Tests.Diff;

public sealed class DiffPropertyTests
{
    private static readonly string[] StepPool =
    [
        """{ "op": "db.get", "table": "t", "as": "row" }""",
        """{ "op": "var.create", "as": "a", "value": 1 }""",
        """{ "op": "var.update", "var": "a", "value": 2 }""",
        """{ "op": "api.request", "url": "https://x.example/", "as": "r" }""",
        """{ "op": "conditional", "if": "$a > 1", "then": [ { "op": "return", "value": 1 } ], "else": [] }""",
        """{ "op": "return", "value": "$a" }""",
    ];

    private static readonly Gen<string[][]> Stacks = Gen.Int[0, StepPool.Length - 1].Array[0, 6]
        .Select(ix => ix.Select(i => StepPool[i]).ToArray())
        .Array[0, 6];

    private static WorkspaceFiles Workspace(string prefix, string[][] stacks)
    {
        var files = new WorkspaceFiles().Table("t");
        for (var i = 0; i < stacks.Length; i++)
        {
            files.Function($"{prefix}{i}", string.Join(",", stacks[i]));
        }

        return files;
    }

    [Fact]
    public void A_workspace_compared_with_itself_has_no_differences() =>
        Stacks.Sample(stacks =>
        {
            var ws = Workspace("f", stacks);
            return !WorkspaceDiff.Compare(ws.Source(), ws.Source()).HasDifferences;
        });

    [Fact]
    public void Rewriting_files_in_canonical_form_is_no_difference() =>
        Stacks.Sample(stacks =>
        {
            var left = Workspace("f", stacks);
            var right = Workspace("f", stacks);
            for (var i = 0; i < stacks.Length; i++)
            {
                var path = $"functions/f{i}.json";
                right.With(path, CanonicalJson.ToText(JObject.Parse(left.Source().Files().Single(f => f.Path == path).ReadAllBytes() is var b ? System.Text.Encoding.UTF8.GetString(b) : "")));
            }

            return !WorkspaceDiff.Compare(left.Source(), right.Source()).HasDifferences;
        });

    [Fact]
    public void Every_object_on_one_side_only_is_added_or_deleted() =>
        Gen.Select(Stacks, Stacks).Sample((a, b) =>
        {
            var report = WorkspaceDiff.Compare(Workspace("left_", a).Source(), Workspace("right_", b).Source());
            return report.Items.Count == a.Length + b.Length
                && report.Items.All(i => i.Status == (i.Key.StartsWith("function:left_", StringComparison.Ordinal) ? ItemStatus.Deleted : ItemStatus.Added))
                && report.Collisions.Count == 0;
        });

    [Fact]
    public void Appending_steps_gives_one_added_change_per_step() =>
        Gen.Select(Stacks, Stacks).Sample((a, b) =>
        {
            var before = a.FirstOrDefault() ?? [];
            var extra = b.FirstOrDefault() ?? [];
            var report = WorkspaceDiff.Compare(
                new WorkspaceFiles().Function("f", string.Join(",", before)).Source(),
                new WorkspaceFiles().Function("f", string.Join(",", before.Concat(extra))).Source());
            var changes = report.Items.SelectMany(i => i.Changes).ToArray();
            return changes.Length == extra.Length && changes.All(c => c.Kind == ChangeKind.Step && c.Change == ChangeType.Added);
        });
}
