using System.Text;
using System.Text.RegularExpressions;
using CsCheck;
using XanoLink.Selection;

namespace XanoLink.Core.Tests.Selection;

public sealed class GlobTests
{
    [Theory]
    [InlineData("orders/*", "orders/create", true)]
    [InlineData("orders/*", "orders/admin/create", false)]
    [InlineData("orders/*", "orders", false)]
    [InlineData("billing/**", "billing/a", true)]
    [InlineData("billing/**", "billing/a/b/c", true)]
    [InlineData("billing/**", "billing", false)]
    [InlineData("**/total", "total", true)]
    [InlineData("**/total", "a/b/total", true)]
    [InlineData("a/**/z", "a/z", true)]
    [InlineData("a/**/z", "a/b/c/z", true)]
    [InlineData("calc_?", "calc_a", true)]
    [InlineData("calc_?", "calc_ab", false)]
    [InlineData("?", "/", false)]
    [InlineData("*", "top", true)]
    [InlineData("*", "a/b", false)]
    [InlineData("v1.*", "v1.x", true)]
    [InlineData("v1.*", "v1x", false)]
    [InlineData("product", "product", true)]
    [InlineData("product", "products", false)]
    public void Globs_match_names(string pattern, string name, bool matches) =>
        Assert.Equal(matches, Glob.Parse(pattern).Matches(name));

    [Theory]
    [InlineData("../x", false)]
    [InlineData("/x", false)]
    [InlineData("a\\b", false)]
    [InlineData("a//b", false)]
    [InlineData("", false)]
    [InlineData("a/**", true)]
    public void Only_safe_patterns_are_valid(string pattern, bool valid) => Assert.Equal(valid, Glob.IsValid(pattern));

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

    [Fact]
    public async Task A_pattern_of_many_stars_against_a_long_name_answers_at_once_instead_of_backtracking_for_hours()
    {
        // Backtracking tries every way to split the name between the stars: 62 s for this pattern on 40 letters
        // before, and hours for 60 letters and twelve stars.
        var glob = Glob.Parse(string.Concat(Enumerable.Repeat("*a", 12)) + "*c");
        var name = new string('a', 60);

        // A TimeoutException fails the test when the match takes longer than 10 s.
        var matches = await Task.Run(() => glob.Matches(name)).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.False(matches);
        Assert.True(glob.Matches(name + "c"));
    }

    [Fact]
    public void The_linear_matcher_agrees_with_the_regular_expression_reading_of_every_pattern()
    {
        var patternChars = Gen.OneOf(Gen.Const('a'), Gen.Const('b'), Gen.Const('/'), Gen.Const('*'), Gen.Const('?'));
        var nameChars = Gen.OneOf(Gen.Const('a'), Gen.Const('b'), Gen.Const('/'));
        Gen.Select(Gen.String[patternChars, 1, 8], Gen.String[nameChars, 0, 8]).Sample((pattern, name) =>
            Assert.True(Reference(pattern).IsMatch(name) == Glob.Parse(pattern).Matches(name), $"'{pattern}' on '{name}'"));
    }

    /// <summary>The glob as a regular expression: how the manifest has always read it (a backtracking matcher, fine on tiny inputs).</summary>
    private static Regex Reference(string pattern)
    {
        var builder = new StringBuilder("^");
        for (var i = 0; i < pattern.Length; i++)
        {
            if (pattern[i] == '*' && i + 1 < pattern.Length && pattern[i + 1] == '*')
            {
                var slashAfter = i + 2 < pattern.Length && pattern[i + 2] == '/';
                builder.Append(slashAfter ? "(?:.*/)?" : ".*");
                i += slashAfter ? 2 : 1;
            }
            else
            {
                builder.Append(pattern[i] switch { '*' => "[^/]*", '?' => "[^/]", var c => Regex.Escape(c.ToString()) });
            }
        }

        return new Regex(builder.Append('$').ToString(), RegexOptions.CultureInvariant);
    }
}
