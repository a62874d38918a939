using XanoLink.Selection;

namespace XanoLink.Core.Tests.Selection;

public sealed class GlobTests
{
    private static readonly string[] SortedNames =
        ["a", "a/b", "a/b/c", "a/bc", "ab", "b/a", "b/x/a", "billing/calc", "billing/tax/vat", "orders/create", "orders/list", "orders_2/list"];

    [Theory]
    [InlineData("orders/*")]
    [InlineData("orders*")]
    [InlineData("billing/**")]
    [InlineData("**/a")]
    [InlineData("a/?")]
    [InlineData("a/b")]
    [InlineData("zzz/*")]
    [InlineData("*")]
    public void Matching_within_sorted_names_finds_exactly_what_testing_each_name_finds(string pattern)
    {
        var glob = Glob.Parse(pattern);

        Assert.Equal(SortedNames.Where(glob.Matches), glob.MatchesIn(SortedNames));
    }
}
