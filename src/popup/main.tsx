import { render } from "preact";
import { App } from "./App";
import { extensionActions } from "./actions";
import "./popup.css";

const root = document.getElementById("app");
if (root) render(<App actions={extensionActions} />, root);
