const { topHandler } = await import("./top.handler");
export default topHandler;
