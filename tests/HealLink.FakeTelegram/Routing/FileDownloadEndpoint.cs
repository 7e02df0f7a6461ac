using Microsoft.AspNetCore.Http;

namespace HealLink.FakeTelegram.Routing;

/// <summary><c>/file/bot{token}/{file_path}</c>: the bytes of a file getFile described; 404 for anything else.</summary>
internal sealed class FileDownloadEndpoint(string token, FakeFiles files)
{
    public async Task HandleAsync(HttpContext context, string requestToken, string filePath)
    {
        if (!string.Equals(requestToken, token, StringComparison.Ordinal) || files.ByPath(filePath) is not { } file)
        {
            await ApiAnswers.ErrorAsync(context, TelegramError.NotFound());
            return;
        }

        context.Response.ContentType = "application/octet-stream";
        await context.Response.Body.WriteAsync(file.Content, context.RequestAborted);
    }
}
