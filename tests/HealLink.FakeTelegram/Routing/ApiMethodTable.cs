namespace HealLink.FakeTelegram.Routing;

/// <summary>One Bot API method: reads the request, changes the fake's state, answers or throws a TelegramError.</summary>
internal delegate Task<ApiResult> ApiMethod(ApiRequest request);

/// <summary>The methods the fake knows, by name, case-insensitively as Telegram matches them. Filled before start.</summary>
internal sealed class ApiMethodTable
{
    private readonly Dictionary<string, ApiMethod> _methods = new(StringComparer.OrdinalIgnoreCase);

    public void Add(string name, Func<ApiRequest, ApiResult> method) =>
        _methods.Add(name, request => Task.FromResult(method(request)));

    public void AddAsync(string name, ApiMethod method) => _methods.Add(name, method);

    public ApiMethod? Find(string name) => _methods.GetValueOrDefault(name);
}
