/*
 * The Stripe-compatible stub's stand-in for Stripe.js (https://js.stripe.com/v3/), with the same
 * contract for what Techan's payment page uses: Stripe(publishableKey), elements().create('card')
 * with mount(), and confirmCardPayment(clientSecret, {payment_method: {card}}), which resolves to
 * {paymentIntent} or {error}. Like Stripe.js, it sends the card straight to the payment API
 * (here the stub's, beside this script), never to the shop's server.
 * Test cards: 4242 4242 4242 4242 pays, 4000 0000 0000 0002 is declined.
 */
(function () {
  'use strict';

  var api = new URL('../v1/', document.currentScript.src);

  function CardElement() {
    var input = document.createElement('input');
    input.type = 'text';
    input.inputMode = 'numeric';
    input.autocomplete = 'cc-number';
    input.placeholder = '4242 4242 4242 4242';
    input.className = 'stub-card-number';
    input.setAttribute('aria-label', 'Card number');
    // No name: the field is never part of a form the shop's server receives.
    this.input = input;
  }

  CardElement.prototype.mount = function (target) {
    var parent = typeof target === 'string' ? document.querySelector(target) : target;
    parent.appendChild(this.input);
  };

  CardElement.prototype.focus = function () {
    this.input.focus();
  };

  function validation(code, message) {
    return {error: {type: 'validation_error', code: code, message: message}};
  }

  function Stripe(publishableKey) {
    if (!publishableKey) {
      throw new Error('Stripe(): a publishable key is required');
    }
    return {
      elements: function () {
        return {
          create: function (type) {
            if (type !== 'card') {
              throw new Error('The stub offers the card element only');
            }
            return new CardElement();
          }
        };
      },
      confirmCardPayment: function (clientSecret, data) {
        var card = data && data.payment_method && data.payment_method.card;
        var digits = card ? card.input.value.replace(/[\s-]/g, '') : '';
        if (!/^\d{12,19}$/.test(digits)) {
          return Promise.resolve(validation('incomplete_number', 'Your card number is incomplete.'));
        }
        var intentId = String(clientSecret).split('_secret_')[0];
        var body = new URLSearchParams();
        body.set('key', publishableKey);
        body.set('client_secret', clientSecret);
        body.set('payment_method_data[type]', 'card');
        body.set('payment_method_data[card][number]', digits);
        return fetch(new URL('payment_intents/' + encodeURIComponent(intentId) + '/confirm', api), {
          method: 'POST',
          headers: {'Content-Type': 'application/x-www-form-urlencoded'},
          body: body,
          credentials: 'omit'
        }).then(function (response) {
          return response.json().then(function (json) {
            return response.ok ? {paymentIntent: json} : {error: json.error};
          });
        }, function () {
          return {error: {type: 'api_connection_error', message: 'Could not reach the payment service.'}};
        });
      }
    };
  }

  window.Stripe = Stripe;
})();
