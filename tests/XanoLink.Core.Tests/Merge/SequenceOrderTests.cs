using CsCheck;
using XanoLink.Merge;

namespace XanoLink.Core.Tests.Merge;

public class SequenceOrderTests
{
    private static string[] S(string letters) => letters.Select(c => c.ToString()).ToArray();

    private static string Merge(string b, string o, string t, bool preferTheirs = false) =>
        string.Concat(SequenceOrder.Merge(S(b), S(o), S(t), preferTheirs) ?? throw new InvalidOperationException("no order merge within budget"));

    /// <summary>A base of distinct labels and one side's edit of it: some deleted, some moved, some inserted (lower case).</summary>
    private static readonly Gen<string> Labels = Gen.Shuffle(S("ABCDEFG"), 0, 7).Select(a => string.Concat(a));

    private static Gen<string> EditOf(string b, string inserts) =>
        Gen.Shuffle(S(b + inserts), 0, b.Length + inserts.Length).Select(a => string.Concat(a));

    private static readonly Gen<(string B, string O, string T)> Triple =
        Labels.SelectMany(b => EditOf(b, "xy").SelectMany(o => EditOf(b, "uv").Select(t => (b, o, t))));

    [Theory]
    [InlineData("ABC", "ABC", "ABC", "ABC")]
    [InlineData("ABC", "ABC", "CAB", "CAB")]
    [InlineData("ABC", "BCA", "ABC", "BCA")]
    [InlineData("ABCD", "AxBCD", "ABCyD", "AxBCyD")]
    [InlineData("ABCD", "ACD", "ABCDy", "ACDy")]
    [InlineData("ABC", "AxBC", "AyBC", "AxyBC")]
    [InlineData("", "x", "y", "xy")]
    [InlineData("AB", "", "AB", "")]
    [InlineData("ABCDE", "BACDE", "ABCED", "BACED")]
    public void The_order_merges_like_diff3(string b, string o, string t, string expected) =>
        Assert.Equal(expected, Merge(b, o, t));

    [Theory]
    [InlineData("ABC", "AxBC", "AyBC", "AyxBC")]
    [InlineData("", "x", "y", "yx")]
    [InlineData("ABC", "ABC", "CAB", "CAB")]
    public void Preferring_theirs_puts_their_run_first_where_both_changed_one_place(string b, string o, string t, string expected) =>
        Assert.Equal(expected, Merge(b, o, t, preferTheirs: true));

    [Fact]
    public void A_side_that_changed_nothing_gives_the_other_sides_order()
    {
        Labels.SelectMany(b => EditOf(b, "xy").Select(side => (b, side))).Sample(x =>
        {
            Assert.Equal(x.side, Merge(x.b, x.b, x.side));
            Assert.Equal(x.side, Merge(x.b, x.side, x.b));
            Assert.Equal(x.side, Merge(x.b, x.side, x.b, preferTheirs: true));
        }, iter: 500);
    }

    [Fact]
    public void Every_label_kept_or_added_by_a_side_is_placed_and_nothing_else_appears()
    {
        Triple.Sample(x =>
        {
            var merged = Merge(x.B, x.O, x.T);
            foreach (var c in x.O.Intersect(x.T).Concat(x.O.Except(x.B)).Concat(x.T.Except(x.B)))
            {
                Assert.Contains(c, merged);
            }

            Assert.All(merged, c => Assert.True(x.O.Contains(c) || x.T.Contains(c), $"{c} is in neither side"));
        }, iter: 1000);
    }

    [Fact]
    public void Both_sides_agreeing_gives_their_order()
    {
        Labels.SelectMany(b => EditOf(b, "xy").Select(side => (b, side))).Sample(x =>
            Assert.Equal(x.side, Merge(x.b, x.side, x.side)), iter: 500);
    }
}
