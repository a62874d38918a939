using CsCheck;
using Newtonsoft.Json.Linq;
using XanoLink.Diff;
using XanoLink.Merge;

namespace XanoLink.Core.Tests.Diff;

/// <summary>Aligning lists costs a bounded amount whatever the lists; past the budget the answer is coarser, never wrong.</summary>
public sealed class AlignmentBudgetTests
{
    private const int Steps = 30_000;

    // Budgets small enough that random lists of a few dozen entries run through the search and the coarse fallback.
    private static readonly AlignmentBudget[] Budgets =
    [
        AlignmentBudget.Default,
        new(MaxTableCells: 20, MaxSearchWork: 1_000, MaxEdits: 40, MaxGapCells: 100),
        new(MaxTableCells: 4, MaxSearchWork: 10, MaxEdits: 2, MaxGapCells: 8),
    ];

    private static readonly Gen<string[]> Lists = Gen.Int[0, 7].Select(i => "s" + i).Array[0, 40];

    private static JObject Function(IEnumerable<int> order, Func<int, JToken>? value = null) => new()
    {
        ["guid"] = "f-big",
        ["name"] = "big",
        ["steps"] = new JArray(order.Select(i => new JObject { ["op"] = "var.create", ["as"] = $"v{i}", ["value"] = value?.Invoke(i) ?? i })),
    };

    private static int Longest(string[] a, string[] b)
    {
        var lengths = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lengths[i, j] = a[i] == b[j] ? lengths[i + 1, j + 1] + 1 : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);
            }
        }

        return lengths[0, 0];
    }

    [Fact]
    public void A_common_subsequence_within_any_budget_pairs_equal_entries_in_order_and_is_longest_when_it_says_so()
    {
        Gen.Select(Lists, Lists, Gen.Int[0, Budgets.Length - 1]).Sample((a, b, budget) =>
        {
            var common = CommonSubsequence.Find(a, b, Budgets[budget]);
            var pairs = common.Pairs;
            for (var k = 0; k < pairs.Count; k++)
            {
                Assert.Equal(a[pairs[k].Left], b[pairs[k].Right]);
                Assert.True(k == 0 || (pairs[k].Left > pairs[k - 1].Left && pairs[k].Right > pairs[k - 1].Right), "pairs out of order");
            }

            Assert.True(!common.Exact || pairs.Count == Longest(a, b), $"said exact with {pairs.Count} pairs, longest is {Longest(a, b)}");
            Assert.True(budget != 0 || common.Exact);
        });
    }

    [Fact]
    public void An_alignment_is_an_edit_script_that_accounts_for_every_entry_once()
    {
        Gen.Select(Lists, Lists).Sample((a, b) =>
        {
            var aligned = SequenceAlignment.Align(a, b);

            Assert.Equal(Enumerable.Range(0, a.Length), aligned.Where(x => x.Kind != AlignKind.Added).Select(x => x.Left).Order());
            Assert.Equal(Enumerable.Range(0, b.Length), aligned.Where(x => x.Kind != AlignKind.Deleted).Select(x => x.Right).Order());
            Assert.All(aligned.Where(x => x.Kind is AlignKind.Kept or AlignKind.Moved), x => Assert.Equal(a[x.Left], b[x.Right]));
        });
    }

    [Fact]
    public async Task A_30000_step_function_reversed_diffs_in_bounded_time_every_step_moved_but_one()
    {
        // Before: a greedy O(n x m) match and JsonDiffPatch's n x m table, 138 s and 3.7 GB.
        var files = new WorkspaceFiles();
        var left = files.With("functions/big.json", Function(Enumerable.Range(0, Steps)).ToString()).Source("left");
        var right = new WorkspaceFiles().With("functions/big.json", Function(Enumerable.Range(0, Steps).Reverse()).ToString()).Source("right");

        var report = await Task.Run(() => WorkspaceDiff.Compare(left, right)).WaitAsync(TimeSpan.FromSeconds(60));

        var changes = Assert.Single(report.Items).Changes;
        Assert.Equal(Steps - 1, changes.Count);
        Assert.All(changes, c => Assert.Equal(ChangeType.Moved, c.Change));
    }

    [Fact]
    public async Task A_30000_step_function_reordered_on_one_side_and_edited_on_the_other_is_one_conflict_not_a_guessed_order()
    {
        // Before: two n x m tables of ints, 70 s and 7.3 GB.
        var @base = Function(Enumerable.Range(0, Steps));
        var ours = Function(Enumerable.Range(0, Steps), i => i == 5 ? "changed" : i);
        var theirs = Function(Enumerable.Range(0, Steps).Reverse());

        var result = await Task.Run(() => ObjectMerge.Merge(@base, ours, theirs, MergePolicy.Fail)).WaitAsync(TimeSpan.FromSeconds(60));

        var conflict = Assert.Single(result.Conflicts);
        Assert.Equal(("steps", ConflictResolution.Unresolved), (conflict.Path, conflict.Resolution));
        Assert.True(JToken.DeepEquals(ours, result.Merged));
        Assert.True(JToken.DeepEquals(theirs["steps"], conflict.Theirs));
    }

    [Fact]
    public void A_long_list_changed_a_little_on_both_sides_still_merges_member_by_member()
    {
        var @base = Function(Enumerable.Range(0, Steps));
        var ours = Function(Enumerable.Range(0, Steps).Where(i => i != 100), i => i == 5 ? "changed" : i);
        var theirs = Function(Enumerable.Range(0, Steps + 1).Where(i => i != 20_000));

        var result = ObjectMerge.Merge(@base, ours, theirs, MergePolicy.Fail);

        Assert.Empty(result.Conflicts);
        var steps = (JArray)result.Merged!["steps"]!;
        Assert.Equal(Steps - 1, steps.Count);
        Assert.Equal("changed", (string)steps[5]!["value"]!);
        Assert.Equal($"v{Steps}", (string)steps[^1]!["as"]!);
    }
}
