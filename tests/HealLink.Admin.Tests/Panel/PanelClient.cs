using System.Net;
using System.Text.RegularExpressions;

namespace HealLink.Admin.Tests.Panel;

/// <summary>An HTTP client that posts forms as a browser does: with the antiforgery token read from the page.</summary>
public sealed partial class PanelClient(HttpClient http) : IDisposable
{
    public HttpClient Http { get; } = http;

    public Task<HttpResponseMessage> GetAsync(string path) => Http.GetAsync(new Uri(path, UriKind.Relative));

    public async Task<string> GetPageAsync(string path)
    {
        var response = await GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)response.StatusCode} {response.Headers.Location}");
        return await response.Content.ReadAsStringAsync();
    }

    public async Task<HttpResponseMessage> SignInAsync(string email, string password) =>
        await PostFormAsync("/account/sign-in", "/account/sign-in", new() { ["Email"] = email, ["Password"] = password });

    /// <summary>Reads the token from <paramref name="pagePath"/>, as the form's page carries it, then posts.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string pagePath, string action, Dictionary<string, string> fields)
    {
        var page = await GetPageAsync(pagePath);
        var token = TokenPattern().Match(page);
        Assert.True(token.Success, $"No antiforgery token on {pagePath}.");
        fields["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value);
        return await PostWithoutTokenAsync(action, fields);
    }

    public Task<HttpResponseMessage> PostWithoutTokenAsync(string action, Dictionary<string, string> fields) =>
        Http.PostAsync(new Uri(action, UriKind.Relative), new FormUrlEncodedContent(fields));

    public void Dispose() => Http.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
